package dev.memoize.tck.review;

import dev.memoize.tck.flight.ShortWaitConfig;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Review probes of asynchronous results with a 300 ms single-flight bound. */
@ExtendWith(ArquillianExtension.class)
class ReviewAsyncShortWaitTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ReviewAsyncService.class, ReviewStages.class, ReviewBox.class, ShortWaitConfig.class);
    }

    @Inject
    ReviewAsyncService service;

    @Inject
    Runs runs;

    /**
     * A stage that retries by calling its own method with the same key from another thread (the failed first
     * attempt's callback) joins its own flight and waits for itself: unmemoized it completes with run 2; the
     * contract says a leader never waits on itself, and a stuck leader never blocks the rest forever.
     */
    @Test
    void aStageRetryingThroughItsOwnMethodCompletes() throws Exception {
        CompletionStage<String> quote = service.retrying("R");
        assertEquals("R #2", quote.toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    /** A caller that joined a stage that never completes waits forever, although the bound is 300 ms. */
    @Test
    void aJoinerOfAStuckStageIsNotBlockedForever() throws Exception {
        CompletionStage<String> leader = service.stuck("S");
        CompletionStage<String> joiner = service.stuck("S");
        assertEquals("S #2", joiner.toCompletableFuture().get(5, TimeUnit.SECONDS),
                "a joiner waits the bound, then runs the call itself, as a synchronous waiter does");
    }

    @Test
    void aCallerAfterTheBoundRunsItself() throws Exception {
        service.stuck("T");
        Thread.sleep(400);
        assertEquals("T #2", service.stuck("T").toCompletableFuture().get(1, TimeUnit.SECONDS));
    }
}
