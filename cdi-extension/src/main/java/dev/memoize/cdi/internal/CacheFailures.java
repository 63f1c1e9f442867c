package dev.memoize.cdi.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Handles a failed cache operation: counts it, logs it at most once per interval (with the number of failures
 * not logged), and rethrows it in strict mode.
 */
final class CacheFailures {

    private static final long LOG_INTERVAL_NANOS = 60_000_000_000L;

    private final boolean strict;
    private final LongAdder count = new LongAdder();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);
    private final AtomicLong unlogged = new AtomicLong();

    CacheFailures(boolean strict) {
        this.strict = strict;
    }

    /**
     * Records a failure of {@code operation} on {@code function}'s cache.
     *
     * @throws RuntimeException the failure itself, in strict mode
     */
    void record(String operation, String function, RuntimeException failure) {
        count.increment();
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
            Log.cacheFailure(operation, function, failure, unlogged.getAndSet(0));
        } else {
            unlogged.incrementAndGet();
        }
        if (strict) {
            throw failure;
        }
    }

    /** Counts a failure that its caller reports itself (a delete, which throws). */
    void counted() {
        count.increment();
    }

    long count() {
        return count.sum();
    }
}
