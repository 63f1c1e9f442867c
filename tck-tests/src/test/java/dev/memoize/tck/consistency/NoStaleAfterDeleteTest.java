package dev.memoize.tck.consistency;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A computation that started before a delete returned is never served after it: proven step by step with a gate,
 * then searched for at random under load.
 */
@ExtendWith(ArquillianExtension.class)
class NoStaleAfterDeleteTest {

    /**
     * Runs the held computation on a thread of its own. Not the common pool: Caffeine's JCache delivers the events
     * a delete waits for on the common pool, which may have a single worker (JDK 25 on 2 cores runs
     * {@code supplyAsync} there too), and the held computation would keep it until the gate times out.
     */
    private static final Executor OWN_THREAD = task -> new Thread(task, "held-computation").start();

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Database.class, VersionedReader.class, StaleReadStress.class);
    }

    @Inject
    VersionedReader reader;

    @Inject
    Database database;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void wholeFunctionDeleteWinsOverAComputationRunningDuringIt() throws Exception {
        assertDeleteWinsOverRunningComputation("whole", key -> memoizer.deleteMemoized(VersionedReader.NAME));
    }

    @Test
    void singleEntryDeleteWinsOverAComputationRunningDuringIt() throws Exception {
        assertDeleteWinsOverRunningComputation("single", key -> memoizer.deleteMemoized(VersionedReader.NAME, key));
    }

    @Test
    void versionDeleteWinsOverAComputationRunningDuringIt() throws Exception {
        assertDeleteWinsOverRunningComputation("verhash", key -> memoizer.deleteMemoizedVerhash(VersionedReader.NAME));
    }

    @Test
    void singleEntryDeleteWinsEvenIfTheCacheDropsWhatItLeft() throws Exception {
        // The cache may evict any entry of the function's cache at any time: the delete must not depend on one.
        assertDeleteWinsOverRunningComputation("evicted", key -> {
            memoizer.deleteMemoized(VersionedReader.NAME, key);
            Caches.manager().getCache("memoize." + VersionedReader.NAME).removeAll();
        });
    }

    private void assertDeleteWinsOverRunningComputation(String key, Consumer<String> delete) throws Exception {
        runs.reset();
        assertEquals(0L, reader.read(key), "STEP 1: version 0 is memoized");

        database.update(key);
        delete.accept(key);
        database.holdNextReader();
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> reader.read(key), OWN_THREAD);
        database.awaitReaderHeld();
        assertEquals(2, runs.of("read"), "STEP 2: a computation read version 1 and is held before storing it");

        database.update(key);
        delete.accept(key);
        database.release();
        assertEquals(1L, slow.get(10, TimeUnit.SECONDS), "STEP 3: its own caller gets what it computed");

        assertEquals(2L, reader.read(key), "STEP 4: a call after the delete never sees version 1");
        assertEquals(3, runs.of("read"));
        assertEquals(2L, reader.read(key), "STEP 5: the fresh result is memoized at once");
        assertEquals(3, runs.of("read"));
    }

    @Test
    void randomizedStressFindsNoStaleRead() throws Exception {
        int runsBefore = runs.of("read");
        StaleReadStress.Outcome outcome = StaleReadStress.run(List.of("k0", "k1", "k2", "k3"), reader::read, database,
                memoizer, VersionedReader.NAME);
        System.out.printf("stress: %d reads, %d stale, %d body runs%n", outcome.reads(), outcome.stale(), runs.of("read"));
        assertEquals(0, outcome.stale(), "stale reads out of " + outcome.reads());
        assertTrue(runs.of("read") - runsBefore < outcome.reads(), "some reads were hits, so staleness was possible");
    }
}
