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
 * @param notMemoized results the body returned that were not memoized because they could not be copied for other
 *        callers or read back: a type that is not {@code Serializable}, a {@code writeObject} that throws, or a
 *        class refused by a deserialization filter (JEP 290). Above zero, some function is not memoized at all,
 *        whatever its hit count suggests; the log names it (a {@code WARNING} once per method)
 */
public record MemoizeStatistics(long hits, long misses, long bypassed, long cacheFailures, long singleFlightWaits,
        long notMemoized) {
}
