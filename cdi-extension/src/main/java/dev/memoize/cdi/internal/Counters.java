package dev.memoize.cdi.internal;

import dev.memoize.MemoizeStatistics;

import java.util.concurrent.atomic.LongAdder;

/** The counters of one memoization runtime, as {@link MemoizeStatistics} reports them. */
final class Counters {

    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder bypassed = new LongAdder();
    final LongAdder waits = new LongAdder();
    final LongAdder notMemoized = new LongAdder();

    MemoizeStatistics snapshot(long cacheFailures) {
        return new MemoizeStatistics(hits.sum(), misses.sum(), bypassed.sum(), cacheFailures, waits.sum(),
                notMemoized.sum());
    }
}
