package dev.memoize;

/**
 * A snapshot of the memoization counters of one application (one CDI container), since it started.
 *
 * @param hits calls answered from the cache
 * @param misses calls not answered from the cache: they ran the body, waited for a concurrent caller's
 *        computation (also counted in {@code singleFlightWaits}), or found the cache failing
 * @param bypassed calls that ran unmemoized by design: timeout {@code 0}, {@link Unless}, or an argument (or
 *        target) without a stable key
 * @param cacheFailures cache operations that failed (the calls ran uncached)
 * @param singleFlightWaits calls that waited for a concurrent caller's computation instead of running the body
 */
public record MemoizeStatistics(long hits, long misses, long bypassed, long cacheFailures, long singleFlightWaits) {
}
