package dev.memoize.tck.flight;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Single flight over running stages: concurrent callers share one, a stuck one is not joined past the bound, and a
 * body that calls itself before returning its stage does not wait for itself.
 */
@ExtendWith(ArquillianExtension.class)
class AsyncSingleFlightTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(AsyncColdKeys.class, ShortWaitConfig.class);
    }

    @Inject
    AsyncColdKeys service;

    @Inject
    Runs runs;

    @Test
    void eightThreadsCallingAColdKeyRunTheBodyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CompletableFuture<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return service.load("cold").toCompletableFuture();
                }));
            }
            start.countDown();
            List<CompletableFuture<String>> stages = new ArrayList<>();
            for (Future<CompletableFuture<String>> call : calls) {
                stages.add(call.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, runs.of("load:cold"));
            service.complete("load:cold", 1, "cold #1");
            for (CompletableFuture<String> stage : stages) {
                assertEquals("cold #1", stage.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStuckStageIsNotJoinedPastTheBound() throws Exception {
        CompletableFuture<String> stuck = service.load("stuck").toCompletableFuture();
        Thread.sleep(400);
        CompletableFuture<String> later = service.load("stuck").toCompletableFuture();
        assertEquals(2, runs.of("load:stuck"), "the later caller ran the body itself");
        service.complete("load:stuck", 2, "stuck #2");
        assertEquals("stuck #2", later.get(5, TimeUnit.SECONDS));
        service.complete("load:stuck", 1, "stuck #1");
        assertEquals("stuck #1", stuck.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aBodyCallingItselfBeforeReturningItsStageDoesNotWaitForItself() throws Exception {
        assertEquals("outer(inner #2)", service.nested("self", 1).get(5, TimeUnit.SECONDS));
        assertEquals("outer(inner #2)", service.nested("self", 1).get(5, TimeUnit.SECONDS));
        assertEquals(2, runs.of("nested:self"));
    }

    @Test
    void aStageReturnedAsObjectIsNeverMemoizedAsAnObject() throws Exception {
        assertEquals("old #1", ((CompletableFuture<?>) service.legacy("old")).get());
        Object second = service.legacy("old");
        assertInstanceOf(CompletableFuture.class, second);
        assertEquals("old #2", ((CompletableFuture<?>) second).get(), "not the first call's future, replayed");
    }
}
