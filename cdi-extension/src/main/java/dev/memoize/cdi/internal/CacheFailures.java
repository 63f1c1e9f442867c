package dev.memoize.cdi.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Handles a failed cache operation: counts it, logs it at most once per interval and function (with the number of
 * that function's failures not logged), and rethrows it in strict mode. Per function, so that one failing function
 * (a module whose results cannot be stored, say) never hides the failures of another.
 */
final class CacheFailures {

    private static final long LOG_INTERVAL_NANOS = 60_000_000_000L;

    /** When a function's failures were last logged, and how many were not since. */
    private static final class Throttle {
        final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);
        final AtomicLong unlogged = new AtomicLong();
        final LongAdder count = new LongAdder();
    }

    private final boolean strict;
    private final LongAdder count = new LongAdder();
    private final Map<String, Throttle> throttles = new ConcurrentHashMap<>();

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
        Throttle throttle = throttles.computeIfAbsent(function, f -> new Throttle());
        throttle.count.increment();
        long now = System.nanoTime();
        long last = throttle.lastLog.get();
        if (now - last >= LOG_INTERVAL_NANOS && throttle.lastLog.compareAndSet(last, now)) {
            Log.cacheFailure(operation, function, failure, throttle.unlogged.getAndSet(0));
        } else {
            throttle.unlogged.incrementAndGet();
        }
        if (strict) {
            throw failure;
        }
    }

    /** Counts a failure of {@code function}'s cache that its caller reports itself (a delete, which throws). */
    void counted(String function) {
        count.increment();
        counter(function).increment();
    }

    /** The failure counter of one function (or of the version records, {@code "versions"}), made on first use. */
    LongAdder counter(String function) {
        return throttles.computeIfAbsent(function, f -> new Throttle()).count;
    }

    /** Every failure, of every function and of the records. */
    long count() {
        return count.sum();
    }
}
