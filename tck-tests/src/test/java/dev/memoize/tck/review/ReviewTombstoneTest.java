package dev.memoize.tck.review;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The synchronous path under the new rule of CallProtocol.store: a computation may replace the tombstone that an
 * older computation left when it withdrew after a single-entry delete. Deterministic interleavings with latches.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewTombstoneTest {

    private static final String NAME = ReviewGatedService.class.getName() + ".value";

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ReviewGatedService.class);
    }

    @Inject
    ReviewGatedService service;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "review-tombstone");
        thread.setDaemon(true);
        return thread;
    });

    private CompletableFuture<String> async(String key) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return service.value(key);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, THREADS);
    }

    /** A (old) withdraws leaving a tombstone, B (after the delete) replaces it: B is memoized, and fresh. */
    @Test
    void theComputationAfterADeleteReplacesTheTombstoneOfAnOlderOne() throws Exception {
        service.close("K1", 1);
        service.close("K1", 2);
        CompletableFuture<String> a = async("K1");
        service.awaitEntered("K1", 1);
        memoizer.deleteMemoized(NAME, "K1");
        CompletableFuture<String> b = async("K1");
        service.awaitEntered("K1", 2);
        service.open("K1", 1);
        assertEquals("K1 #1", a.get(5, TimeUnit.SECONDS));
        service.open("K1", 2);
        assertEquals("K1 #2", b.get(5, TimeUnit.SECONDS));
        assertEquals("K1 #2", service.value("K1"));
        assertEquals(2, runs.of("gated:K1"), "B's value was memoized at once");
    }

    /** A withdraws leaving a tombstone, a second delete happens while B runs: B must not be served after it. */
    @Test
    void aSecondDeleteDuringTheReplacingComputationWins() throws Exception {
        service.close("K2", 1);
        service.close("K2", 2);
        CompletableFuture<String> a = async("K2");
        service.awaitEntered("K2", 1);
        memoizer.deleteMemoized(NAME, "K2");
        CompletableFuture<String> b = async("K2");
        service.awaitEntered("K2", 2);
        service.open("K2", 1);
        assertEquals("K2 #1", a.get(5, TimeUnit.SECONDS));
        memoizer.deleteMemoized(NAME, "K2");
        service.open("K2", 2);
        assertEquals("K2 #2", b.get(5, TimeUnit.SECONDS));
        assertEquals("K2 #3", service.value("K2"), "B began before the second delete: never served after it");
    }

    /** Both old computations finish after a newer one stored: the newer value stays. */
    @Test
    void olderComputationsNeverOverwriteANewerValue() throws Exception {
        service.close("K3", 1);
        service.close("K3", 2);
        CompletableFuture<String> a = async("K3");
        service.awaitEntered("K3", 1);
        memoizer.deleteMemoized(NAME, "K3");
        CompletableFuture<String> b = async("K3");
        service.awaitEntered("K3", 2);
        memoizer.deleteMemoized(NAME, "K3");
        assertEquals("K3 #3", service.value("K3"));
        service.open("K3", 2);
        assertEquals("K3 #2", b.get(5, TimeUnit.SECONDS));
        service.open("K3", 1);
        assertEquals("K3 #1", a.get(5, TimeUnit.SECONDS));
        assertEquals("K3 #3", service.value("K3"));
        memoizer.deleteMemoized(NAME, "K3");
        assertEquals("K3 #4", service.value("K3"));
        assertEquals("K3 #4", service.value("K3"));
    }

    /** A whole-function delete while the tombstone-replacing computation runs: not served after it. */
    @Test
    void aWholeFunctionDeleteDuringTheReplacingComputationWins() throws Exception {
        service.close("K4", 1);
        service.close("K4", 2);
        CompletableFuture<String> a = async("K4");
        service.awaitEntered("K4", 1);
        memoizer.deleteMemoized(NAME, "K4");
        CompletableFuture<String> b = async("K4");
        service.awaitEntered("K4", 2);
        service.open("K4", 1);
        a.get(5, TimeUnit.SECONDS);
        memoizer.deleteMemoized(NAME);
        service.open("K4", 2);
        assertEquals("K4 #2", b.get(5, TimeUnit.SECONDS));
        assertEquals("K4 #3", service.value("K4"));
    }
}
