package dev.memoize.benchmarks;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmarks measure what they claim: after setup, every memoized lookup, and every Spring peer lookup, is a hit. */
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

    @Test
    void everySpringCacheableLookupIsAHit() {
        Fixture fixture = new Fixture();
        fixture.storage = "caffeine-reference";
        fixture.start();
        try {
            assertTrue(AopUtils.isAopProxy(fixture.springLookup), "the Spring lookup goes through the caching proxy");
            assertEquals(Fixture.PAIRS, fixture.springLookup.runs(), "body runs after the warm-up pass");
            Cursor cursor = new Cursor();
            HitBenchmark benchmark = new HitBenchmark();
            for (int i = 0; i < 5_000; i++) {
                int position = (i + 1) & (Fixture.PAIRS - 1);
                assertEquals(Lookups.answer(fixture.roles[position]), benchmark.springCacheableSync(fixture, cursor));
            }
            assertEquals(Fixture.PAIRS, fixture.springLookup.runs(), "body runs after 5,000 more calls (all hits)");
            var cache = fixture.spring.getBean(org.springframework.cache.CacheManager.class).getCache("lookup");
            var caffeine = (com.github.benmanes.caffeine.cache.Cache<?, ?>) cache.getNativeCache();
            assertEquals(Fixture.PAIRS, caffeine.estimatedSize(), "one entry per pair");
        } finally {
            fixture.stop();
        }
    }
}
