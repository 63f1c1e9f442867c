package dev.memoize.tck.hits;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Memoized on the type: every business method with a result. */
@Memoize(timeout = 60)
@ApplicationScoped
public class EverythingMemoized {

    @Inject
    Runs runs;

    public String first(String x) {
        return x + " #" + runs.tick("first");
    }

    public String second(String x) {
        return x + " #" + runs.tick("second");
    }

    public void sideEffect() {
        runs.tick("sideEffect");
    }
}
