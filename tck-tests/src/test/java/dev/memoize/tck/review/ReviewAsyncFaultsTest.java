package dev.memoize.tck.review;

import dev.memoize.tck.failures.Faults;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Review probes of asynchronous results with a failing cache (not strict). */
@ExtendWith(ArquillianExtension.class)
class ReviewAsyncFaultsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Faults.class, ReviewAsyncService.class, ReviewStages.class, ReviewBox.class);
    }

    @Inject
    ReviewAsyncService service;

    @Inject
    ReviewStages stages;

    @Inject
    Faults faults;

    @Inject
    Runs runs;

    @AfterEach
    void heal() {
        faults.failing(false);
    }

    /** A call that runs unmemoized (here: the cache fails) gets its body's own stage, as without memoization. */
    @Test
    void withAFailingCacheTheCallerGetsTheBodysOwnStage() throws Exception {
        faults.failing(true);
        CompletableFuture<String> got = service.exposed("F");
        assertEquals("F #1", got.get(5, TimeUnit.SECONDS));
        assertSame(stages.returned("exposed:F"), got, "as the README says: unmemoized calls return the body's stage");
    }

    @Test
    void aStageCompletingWhileTheCacheFailsCompletesItsCallers() throws Exception {
        CompletableFuture<String> leader = service.controlled("C");
        CompletableFuture<String> joiner = service.controlled("C");
        faults.failing(true);
        stages.stage("controlled:C", 1).complete("C 1");
        assertEquals("C 1", leader.get(5, TimeUnit.SECONDS));
        assertEquals("C 1", joiner.get(5, TimeUnit.SECONDS));
    }
}
