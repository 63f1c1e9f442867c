package dev.memoize;

import java.time.Duration;

/**
 * A snapshot of the counters of one memoized function (one name: all its overloads and bean classes), since its
 * application started. The call counters mean what {@link MemoizeStatistics}' do, for this function alone.
 *
 * @param name the function's name
 * @param hits calls answered from the cache
 * @param misses calls not answered from the cache: they ran the body, waited for a concurrent caller's
 *        computation (also counted in {@code singleFlightWaits}), or found the cache failing
 * @param bypassed calls that ran unmemoized by design: timeout {@code 0}, {@link Unless}, or an argument (or
 *        target) without a stable key
 * @param cacheFailures operations on this function's cache (or records) that failed
 * @param singleFlightWaits calls that waited for a concurrent caller's computation instead of running the body
 * @param notMemoized results the body returned that could not be memoized (see {@link MemoizeStatistics})
 * @param entries the entries of the function's cache as its provider counts them (an estimate on Caffeine, the
 *        cluster's count on Hazelcast, which may include the library's placeholders and tombstones), or {@code -1}
 *        where the provider cannot tell or the cache was not used yet
 * @param evictions entries the provider evicted to keep the cache's bound, or {@code -1} where it cannot tell
 *        (JCache statistics off, which is the default)
 * @param missTime the time computations of this function took (body and store)
 */
public record FunctionStatistics(String name, long hits, long misses, long bypassed, long cacheFailures,
        long singleFlightWaits, long notMemoized, long entries, long evictions, MissTime missTime) {

    /**
     * How long the computations of a function took: from just before its body ran to just after its result was
     * stored (inside a JTA transaction, the body alone: the store waits for the commit; for a method returning a
     * {@code CompletionStage}, until its value was stored), for each computation that ran the body on a miss and returned (a computation that threw is not
     * counted; nor is a call that ran uncached because the cache failed). Percentiles are read from exponential
     * buckets and are at most 12.5% above the true value (never above {@code max}).
     *
     * @param count computations measured
     * @param total their summed time
     * @param max the longest
     * @param p50 the median
     * @param p95 the 95th percentile
     * @param p99 the 99th percentile
     */
    public record MissTime(long count, Duration total, Duration max, Duration p50, Duration p95, Duration p99) {
    }
}
