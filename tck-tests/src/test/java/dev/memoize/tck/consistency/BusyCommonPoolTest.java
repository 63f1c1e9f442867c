package dev.memoize.tck.consistency;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application that keeps every worker of the common pool busy (parallel streams, {@code supplyAsync} tasks
 * that block) does not hold up deletes: the caches the library creates on Caffeine deliver their listener events
 * on the calling thread, not on the common pool, which a write waiting for its synchronous listeners would need.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine|caffeine-by-reference",
        disabledReason = "Caffeine's JCache runs its events on an executor; the suite's own Caffeine runs")
class BusyCommonPoolTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PoolQuotes.class);
    }

    @Inject
    PoolQuotes quotes;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void everyDeleteReturnsWhileTheCommonPoolIsBusy() throws Exception {
        runs.reset();
        assertEquals("acme-1", quotes.quote("acme"));
        assertEquals("acme-1", quotes.quote("acme"), "precondition: memoized");

        CountDownLatch release = new CountDownLatch(1);
        int workers = ForkJoinPool.commonPool().getParallelism();
        CountDownLatch busy = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                awaitQuietly(release);
            });
        }
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            assertTrue(busy.await(10, TimeUnit.SECONDS), "precondition: every worker of the common pool is busy");
            Future<?> deletes = caller.submit(() -> {
                memoizer.deleteMemoized(PoolQuotes.NAME, "acme");
                memoizer.deleteMemoized(PoolQuotes.NAME);
                memoizer.deleteMemoizedVerhash(PoolQuotes.NAME);
            });
            deletes.get(10, TimeUnit.SECONDS); // a TimeoutException: the deletes wait for the common pool
            assertEquals("acme-2", quotes.quote("acme"), "the deletes took effect");
        } finally {
            release.countDown();
            caller.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
