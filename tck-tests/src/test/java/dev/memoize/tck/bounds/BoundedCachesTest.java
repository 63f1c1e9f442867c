package dev.memoize.tck.bounds;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.hazelcast.config.CacheConfig;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.cache.Cache;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function's cache is bounded: by {@code @Memoize(maxEntries)}, else by {@code MemoizeConfig.maxEntries()}
 * (10,000), in the provider's own configuration of the caches the library creates; the cache of version records
 * never evicts. Called with five times its bound in distinct keys, a function's cache stays within it and still
 * serves its recent results.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine|caffeine-by-reference|hazelcast",
        disabledReason = "asserts the provider configuration the suite's own Caffeine and Hazelcast runs create")
class BoundedCachesTest {

    private static final int BOUND = 2_000;

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Catalogue.class);
    }

    @Inject
    Catalogue catalogue;

    @Inject
    Runs runs;

    private static boolean hazelcast() {
        return System.getProperty("memoize.tck.provider").equals("hazelcast");
    }

    @Test
    void aFunctionsCacheStaysWithinItsBoundAndKeepsServingRecentResults() throws Exception {
        runs.reset();
        for (long id = 0; id < 5 * BOUND; id++) {
            catalogue.item(id);
        }
        long last = 5L * BOUND - 1;
        catalogue.item(last);
        assertEquals(1, runs.of("item:" + last), "a recent result is still a hit");
        Cache<String, Object> cache = Caches.manager().getCache("memoize." + Catalogue.BOUNDED);
        long deadline = System.nanoTime() + 10_000_000_000L;
        int size;
        do {
            Thread.sleep(20); // Caffeine evicts in the background
            size = Caches.keys(Catalogue.BOUNDED).size();
        } while (size > BOUND && System.nanoTime() < deadline);
        // Hazelcast bounds each of its 271 partitions to its share of the bound plus a margin for uneven
        // partitions (five standard deviations up to 4,000 entries): the total is approximate, up to about three
        // times a small bound; it still evicts well before the 10,000 keys written.
        assertTrue(size <= (hazelcast() ? 3 * BOUND : BOUND), "the cache holds " + size + " entries");
        assertTrue(size > 0);
        if (hazelcast()) {
            assertEquals(BOUND, cache.getConfiguration(CacheConfig.class).getEvictionConfig().getSize());
        } else {
            assertEquals(OptionalLong.of(BOUND), cache.getConfiguration(CaffeineConfiguration.class).getMaximumSize());
        }
    }

    @Test
    void aFunctionWithoutItsOwnBoundGetsTheConfiguredDefaultAndTheVersionRecordsNone() {
        catalogue.title(1);
        Cache<String, Object> cache = Caches.manager().getCache("memoize." + Catalogue.DEFAULT);
        Cache<String, Object> versions = Caches.manager().getCache("memoize.versions");
        if (hazelcast()) {
            assertEquals(10_000, cache.getConfiguration(CacheConfig.class).getEvictionConfig().getSize());
            assertEquals(Integer.MAX_VALUE, versions.getConfiguration(CacheConfig.class).getEvictionConfig().getSize());
        } else {
            assertEquals(OptionalLong.of(10_000), cache.getConfiguration(CaffeineConfiguration.class).getMaximumSize());
            assertEquals(OptionalLong.empty(), versions.getConfiguration(CaffeineConfiguration.class).getMaximumSize());
        }
    }
}
