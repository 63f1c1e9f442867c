package dev.memoize.tck.reentrancy;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Memoized methods whose first run calls the same function with the same key again, on the same thread: the outer
 * computation leads the single flight of that key, so the inner call must not wait for it.
 */
@ApplicationScoped
public class SelfCalling {

    static final String THROUGH_MEMOIZER = "dev.memoize.tck.reentrancy.SelfCalling.throughMemoizer";

    @Inject
    SelfCalling self;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    /** The first run calls itself through the injected proxy, which intercepts the call; later runs do not. */
    @Memoize(timeout = 60)
    public String throughSelf(String key) {
        return runs.tick("throughSelf:" + key) == 1 ? "outer(" + self.throughSelf(key) + ")" : "inner";
    }

    /** Every run calls its own function with the same key through the Memoizer, as self-invocation code does. */
    @Memoize(timeout = 60)
    public String throughMemoizer(String key) {
        runs.tick("throughMemoizer:" + key);
        String inner = memoizer.function(THROUGH_MEMOIZER).call(() -> "inner #" + runs.tick("inner:" + key), key);
        return "outer(" + inner + ")";
    }

    /** Like {@link #throughSelf}, with a cluster-wide claim: the inner call must not wait on its own claim. */
    @Memoize(timeout = 60, clusterSingleFlight = true)
    public String claimed(String key) {
        return runs.tick("claimed:" + key) == 1 ? "outer(" + self.claimed(key) + ")" : "inner";
    }
}
