package dev.memoize.tck.loaders.deployment;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A memoized method whose result is a class of the deployment. */
@ApplicationScoped
public class Reports {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public Report report(String region) {
        return new Report(region, runs.tick("report"));
    }
}
