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

import java.util.List;
import java.util.concurrent.TimeUnit;

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
        return Deployments.of(AsyncVersionedReader.class, Database.class, StaleReadStress.class);
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
        StaleReadStress.Outcome outcome = StaleReadStress.run(List.of("a0", "a1", "a2"),
                key -> reader.read(key).get(10, TimeUnit.SECONDS), database, memoizer, AsyncVersionedReader.NAME);
        System.out.printf("async stress: %d reads, %d stale, %d body runs%n", outcome.reads(), outcome.stale(),
                runs.of("async read"));
        assertEquals(0, outcome.stale(), "stale values out of " + outcome.reads());
        assertTrue(runs.of("async read") < outcome.reads(), "some reads were hits or joined a stage");
    }
}
