package dev.memoize.tck.consistency;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stages still running during deletes: no caller that starts after a delete returned is ever served a value read
 * before it, whether it hits, joins a running stage or leads one.
 */
@ExtendWith(ArquillianExtension.class)
class AsyncNoStaleAfterDeleteTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(AsyncVersionedReader.class, Database.class);
    }

    @Inject
    AsyncVersionedReader reader;

    @Inject
    Database database;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void randomizedStressFindsNoStaleValue() throws Exception {
        List<String> keys = List.of("a0", "a1", "a2");
        Map<String, AtomicLong> deletedUpTo = new ConcurrentHashMap<>();
        keys.forEach(k -> deletedUpTo.put(k, new AtomicLong(-1)));
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                tasks.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        String key = keys.get(random.nextInt(keys.size()));
                        long mustSee = deletedUpTo.get(key).get();
                        long seen = reader.read(key).get(10, TimeUnit.SECONDS);
                        reads.incrementAndGet();
                        if (seen < mustSee) {
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (int w = 0; w < 2; w++) {
                tasks.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        String key = keys.get(random.nextInt(keys.size()));
                        long version = database.update(key);
                        switch (random.nextInt(3)) {
                            case 0 -> memoizer.deleteMemoized(AsyncVersionedReader.NAME);
                            case 1 -> memoizer.deleteMemoized(AsyncVersionedReader.NAME, key);
                            default -> memoizer.deleteMemoizedVerhash(AsyncVersionedReader.NAME);
                        }
                        deletedUpTo.get(key).accumulateAndGet(version, Math::max);
                        Thread.sleep(random.nextInt(2));
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("async stress: %d reads, %d stale, %d body runs%n", reads.get(), stale.get(),
                runs.of("async read"));
        assertEquals(0, stale.get(), "stale values out of " + reads.get());
        assertTrue(runs.of("async read") < reads.get(), "some reads were hits or joined a stage");
    }
}
