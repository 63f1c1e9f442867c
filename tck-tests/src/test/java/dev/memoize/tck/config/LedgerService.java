package dev.memoize.tck.config;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class LedgerService {

    @Inject
    Runs runs;

    @Audited
    @Memoize(timeout = 60)
    public String balance(String account) {
        return account + " #" + runs.tick("balance");
    }
}
