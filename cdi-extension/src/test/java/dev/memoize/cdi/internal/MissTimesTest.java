package dev.memoize.cdi.internal;

import dev.memoize.FunctionStatistics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissTimesTest {

    @Test
    void everyValueFallsInABucketWhoseUpperBoundIsAtMostAnEighthAbove() {
        for (long value : new long[] {0, 1, 7, 8, 9, 15, 16, 17, 1000, 999_999, 1_000_000, 123_456_789_012L,
                Long.MAX_VALUE}) {
            int index = MissTimes.index(value);
            long upper = MissTimes.upperBound(index);
            assertTrue(upper >= value, value + " fits under " + upper);
            assertTrue(upper - value <= value / 8, value + " is at most 12.5% under its bound " + upper);
            assertTrue(index == 0 || MissTimes.upperBound(index - 1) < value, value + " is in the first bucket that fits");
        }
    }

    @Test
    void countTotalMaxAndPercentilesOfAKnownSample() {
        MissTimes times = new MissTimes();
        for (int millis = 1; millis <= 100; millis++) {
            times.record(TimeUnit.MILLISECONDS.toNanos(millis));
        }
        FunctionStatistics.MissTime snapshot = times.snapshot();
        assertEquals(100, snapshot.count());
        assertEquals(Duration.ofMillis(5050), snapshot.total());
        assertEquals(Duration.ofMillis(100), snapshot.max());
        assertWithin(Duration.ofMillis(50), snapshot.p50());
        assertWithin(Duration.ofMillis(95), snapshot.p95());
        assertWithin(Duration.ofMillis(99), snapshot.p99());
    }

    @Test
    void anEmptyHistogramReadsZero() {
        FunctionStatistics.MissTime snapshot = new MissTimes().snapshot();
        assertEquals(new FunctionStatistics.MissTime(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO), snapshot);
    }

    @Test
    void concurrentRecordingsAreAllCounted() throws InterruptedException {
        MissTimes times = new MissTimes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 1; i <= 10_000; i++) {
                    times.record(i);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(40_000, times.count());
        assertEquals(4L * 10_000 * 10_001 / 2, times.totalNanos());
        assertEquals(10_000, times.maxNanos());
    }

    private static void assertWithin(Duration expected, Duration actual) {
        assertTrue(actual.compareTo(expected) >= 0 && actual.toNanos() <= expected.toNanos() * 9 / 8,
                actual + " is within 12.5% above " + expected);
    }
}
