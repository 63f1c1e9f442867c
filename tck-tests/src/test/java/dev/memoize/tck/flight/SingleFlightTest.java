package dev.memoize.tck.flight;

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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrent callers of one cold key run the body once; a failing or stuck leader blocks nobody for good. */
@ExtendWith(ArquillianExtension.class)
class SingleFlightTest {

    private static final int CALLERS = 16;

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ColdKeyService.class, ShortWaitConfig.class);
    }

    @Inject
    ColdKeyService service;

    @Inject
    Runs runs;

    @Inject
    Memoizer memoizer;

    @Test
    void sixteenCallersOfAColdKeyRunTheBodyOnce() throws Exception {
        long waits = memoizer.statistics().singleFlightWaits() + CALLERS - 1;
        List<Object> results = callConcurrently(() -> service.load("cold", waits));
        assertEquals(1, runs.of("load:cold"));
        results.forEach(result -> assertEquals("cold #1", result));
    }

    @Test
    void whenTheLeaderFailsTheOthersStillGetAResult() throws Exception {
        long waits = memoizer.statistics().singleFlightWaits() + CALLERS - 1;
        List<Object> results = callConcurrently(() -> service.load("boom", waits));
        long failures = results.stream().filter(IllegalStateException.class::isInstance).count();
        assertEquals(1, failures, "only the leader sees its own exception: " + results);
        results.stream().filter(String.class::isInstance).forEach(result -> assertEquals("boom #2", result));
        assertEquals(2, runs.of("load:boom"), "one failed run, then one run for all the others");
    }

    @Test
    void aStuckLeaderDoesNotBlockTheOthersPastTheBound() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> leader = pool.submit(() -> service.hang("slow"));
            while (runs.of("hang:slow") == 0) {
                Thread.onSpinWait();
            }
            long start = System.nanoTime();
            assertEquals("slow #2", service.hang("slow"), "the waiting caller computed on its own");
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(waitedMillis >= 250, "it waited for the leader first: " + waitedMillis + " ms");
            service.unstick();
            assertEquals("slow #1", leader.get(10, TimeUnit.SECONDS));
        } finally {
            service.unstick();
            pool.shutdownNow();
        }
    }

    private static List<Object> callConcurrently(Callable<Object> call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    results.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    results.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a caller was blocked", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
