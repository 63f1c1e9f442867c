package dev.memoize.tck.review;

import dev.memoize.tck.failures.Faults;
import dev.memoize.tck.failures.StrictConfig;
import dev.memoize.tck.support.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Review probes of asynchronous results in strict mode with a failing cache: no stage ever hangs. */
@ExtendWith(ArquillianExtension.class)
class ReviewAsyncStrictTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Faults.class, StrictConfig.class, ReviewAsyncService.class, ReviewStages.class,
                ReviewBox.class);
    }

    @Inject
    ReviewAsyncService service;

    @Inject
    ReviewStages stages;

    @Inject
    Faults faults;

    @AfterEach
    void heal() {
        faults.failing(false);
    }

    @Test
    void aStageCompletingWhileTheCacheFailsFailsItsCallersInsteadOfHanging() throws Exception {
        CompletableFuture<String> leader = service.controlled("C");
        CompletableFuture<String> joiner = service.controlled("C");
        faults.failing(true);
        stages.stage("controlled:C", 1).complete("C 1");
        ExecutionException l = assertThrows(ExecutionException.class, () -> leader.get(5, TimeUnit.SECONDS));
        ExecutionException j = assertThrows(ExecutionException.class, () -> joiner.get(5, TimeUnit.SECONDS));
        System.out.println("REVIEW strict: leader " + l.getCause() + ", joiner " + j.getCause());
    }

    @Test
    void aCallWhileTheCacheFailsThrows() {
        faults.failing(true);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> service.controlled("D"));
        System.out.println("REVIEW strict lookup: " + thrown);
    }
}
