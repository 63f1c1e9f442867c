package dev.memoize.cdi.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * The counters of one function, kept on its {@link FunctionState}: a hit costs one {@link LongAdder#increment()}
 * on a field the call already reaches, and no clock read. Cache failures are counted by {@link CacheFailures},
 * which hands this function its counter; entries and evictions are the provider's, read from the cache only when
 * metrics are read ({@link FunctionState#entries()}).
 */
final class FunctionMetrics {

    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder bypassed = new LongAdder();
    final LongAdder waits = new LongAdder();
    final LongAdder notMemoized = new LongAdder();
    final LongAdder cacheFailures;
    final MissTimes missTimes = new MissTimes();

    /** @param cacheFailures the function's failure counter, as {@link CacheFailures#counter(String)} gives it */
    FunctionMetrics(LongAdder cacheFailures) {
        this.cacheFailures = cacheFailures;
    }

    /** Counters of their own, for a function outside a runtime (tests). */
    FunctionMetrics() {
        this(new LongAdder());
    }
}
