package dev.memoize.tck.targets;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A service bean with one instance that overrides toString() for its log lines: it has no identity of its own. */
@ApplicationScoped
public class TenantService {

    static final String QUOTA = "dev.memoize.tck.targets.TenantService.quota";

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String quota(long tenant) {
        return "tenant " + tenant + " quota #" + runs.tick("quota");
    }

    @Override
    public String toString() {
        return "TenantService[quotas from the billing database]";
    }
}
