package dev.memoize.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmarks measure what they claim: after setup, every memoized lookup is a hit. */
class FixtureTest {

    @Test
    void everyBenchmarkedLookupIsAHit() {
        Fixture fixture = new Fixture();
        fixture.storage = "caffeine-reference";
        fixture.start();
        try {
            var before = fixture.memoizer.statistics();
            Cursor cursor = new Cursor();
            HitBenchmark benchmark = new HitBenchmark();
            for (int i = 0; i < 5_000; i++) {
                benchmark.memoizedHit(fixture, cursor);
            }
            var after = fixture.memoizer.statistics();
            assertEquals(5_000, after.hits() - before.hits(), "hits");
            assertEquals(0, after.misses() - before.misses(), "misses");
        } finally {
            fixture.stop();
        }
    }
}
