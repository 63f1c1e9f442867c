package dev.memoize.tck.consistency;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import dev.memoize.Memoizer;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A single-entry delete holds although the cache evicts what it left behind: a computation that began before the
 * delete, and finishes after other keys have filled the function's cache past its bound, is never served after
 * the delete returned. On a Caffeine cache bounded to 100 entries, and on Hazelcast's default configuration, which
 * evicts past 10,000 entries per cache.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine|caffeine-by-reference|hazelcast",
        disabledReason = "the cache's bound is set up for the suite's own Caffeine and Hazelcast runs")
class EvictionTest {

    /**
     * Runs the held computation on a thread of its own. Not the common pool: Caffeine's JCache delivers the events
     * a delete waits for on the common pool, which may have a single worker (JDK 25 on 2 cores runs
     * {@code supplyAsync} there too), and the held computation would keep it until the gate times out.
     */
    private static final Executor OWN_THREAD = task -> new Thread(task, "held-computation").start();

    private static final int CAFFEINE_BOUND = 100;

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Database.class, EvictingReader.class);
    }

    @Inject
    EvictingReader reader;

    @Inject
    Database database;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aDeleteOutlivesTheEvictionOfItsKey() throws Exception {
        runs.reset();
        boolean hazelcast = System.getProperty("memoize.tck.provider").equals("hazelcast");
        if (!hazelcast) {
            boundTheCaffeineCache();
        }
        String key = "evicted-" + System.nanoTime();
        database.holdNextReader();
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> reader.read(key), OWN_THREAD);
        database.awaitReaderHeld();
        assertEquals(1, runs.of("evicting-read"), "STEP 1: a computation of a cold key read version 0 and is held");

        database.update(key);
        memoizer.deleteMemoized(EvictingReader.NAME, key);
        // STEP 2: fill the function's cache until nothing of the delete is left under the key (and at least past the bound):
        // each filler is read three times, so that Caffeine's frequency-based admission lets it in.
        Cache<String, Object> cache = Caches.manager().getCache("memoize." + EvictingReader.NAME);
        String stored = EvictingReader.NAME + "|\"" + key + "\"";
        int others = 0;
        int atLeast = hazelcast ? 12_000 : 5 * CAFFEINE_BOUND;
        while (others < atLeast || cache.containsKey(stored)) {
            assertTrue(others < 100_000, "the cache never evicted " + stored);
            for (int i = 0; i < 3; i++) {
                reader.read("filler-" + others);
            }
            others++;
        }
        database.release();
        assertEquals(0L, slow.get(30, TimeUnit.SECONDS), "STEP 3: its own caller gets what it computed");

        assertEquals(1L, reader.read(key), "STEP 4: a call after the delete never sees version 0");
        assertEquals(1L, reader.read(key), "STEP 5: the fresh result is memoized at once");
        assertEquals(2 + others, runs.of("evicting-read"), "STEP 5: the fillers were memoized, each computed once");
    }

    /** Creates the function's cache before the library does, bounded: the library uses an existing cache as it is. */
    private static void boundTheCaffeineCache() {
        String name = "memoize." + EvictingReader.NAME;
        Cache<String, Object> existing = Caches.manager().getCache(name);
        if (existing == null) {
            CaffeineConfiguration<String, Object> bounded = new CaffeineConfiguration<>();
            bounded.setMaximumSize(OptionalLong.of(CAFFEINE_BOUND));
            bounded.setStoreByValue(!"false".equals(System.getProperty("dev.memoize.storeByValue")));
            existing = Caches.manager().createCache(name, bounded);
        }
        assertNotNull(existing.getConfiguration(CaffeineConfiguration.class).getMaximumSize().orElse(0) > 0 ? existing : null,
                "the function's cache is bounded");
    }
}
