package dev.memoize.cdi.internal;

import dev.memoize.FunctionStatistics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A lock-free histogram of durations in nanoseconds: log-linear buckets, eight per power of two (the layout of
 * HdrHistogram with three significant bits), so a percentile read from a bucket's upper bound is at most 12.5% above
 * the true value. Recording is one array increment and two adders; reading sums the buckets. Readers may see a
 * recording half made (count and total a moment apart): metrics, not accounting.
 */
final class MissTimes {

    private static final int SUB_BITS = 3;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    /** Values below {@code SUB_BUCKETS} have a bucket each; above, eight per power of two up to 2^62. */
    private static final int BUCKETS = (63 - SUB_BITS + 1) * SUB_BUCKETS;

    private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);
    private final LongAdder totalNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0L);

    /** Records one duration; a negative one (a clock that went back) counts as zero. */
    void record(long nanos) {
        long value = Math.max(0L, nanos);
        buckets.incrementAndGet(index(value));
        totalNanos.add(value);
        maxNanos.accumulate(value);
    }

    static int index(long value) {
        if (value < SUB_BUCKETS) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int sub = (int) (value >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1);
        return (exponent - SUB_BITS + 1) * SUB_BUCKETS + sub;
    }

    /** The largest value that falls in the bucket. */
    static long upperBound(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int exponent = index / SUB_BUCKETS + SUB_BITS - 1;
        long width = 1L << (exponent - SUB_BITS);
        long lower = (SUB_BUCKETS + index % SUB_BUCKETS) * width;
        return lower + width - 1;
    }

    long count() {
        long count = 0;
        for (int i = 0; i < BUCKETS; i++) {
            count += buckets.get(i);
        }
        return count;
    }

    long totalNanos() {
        return totalNanos.sum();
    }

    long maxNanos() {
        return maxNanos.get();
    }

    /**
     * The value at or below which {@code quantile} of the recorded values lie (a bucket's upper bound, never above
     * the maximum), or 0 if nothing was recorded.
     *
     * @param quantile between 0 and 1
     */
    long percentileNanos(double quantile) {
        long[] counts = new long[BUCKETS];
        long count = 0;
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] = buckets.get(i);
            count += counts[i];
        }
        return percentile(counts, count, quantile);
    }

    private long percentile(long[] counts, long count, double quantile) {
        if (count == 0) {
            return 0L;
        }
        long rank = Math.max(1L, (long) Math.ceil(quantile * count));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(upperBound(i), maxNanos());
            }
        }
        return maxNanos();
    }

    /** A snapshot, its percentiles read from one copy of the buckets. */
    FunctionStatistics.MissTime snapshot() {
        long[] counts = new long[BUCKETS];
        long count = 0;
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] = buckets.get(i);
            count += counts[i];
        }
        return new FunctionStatistics.MissTime(count, Duration.ofNanos(totalNanos()), Duration.ofNanos(maxNanos()),
                Duration.ofNanos(percentile(counts, count, 0.50)), Duration.ofNanos(percentile(counts, count, 0.95)),
                Duration.ofNanos(percentile(counts, count, 0.99)));
    }
}
