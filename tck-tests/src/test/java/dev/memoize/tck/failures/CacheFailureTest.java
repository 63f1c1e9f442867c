package dev.memoize.tck.failures;

import dev.memoize.DeleteFailedException;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.LogRecorder;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failing cache never fails the business call: the body runs uncached, failures are counted and logged rarely. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CacheFailureTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Faults.class, QuoteService.class);
    }

    @Inject
    QuoteService service;

    @Inject
    Faults faults;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    @Order(2)
    void theApplicationsCacheManagerIsTheOneUsed() {
        service.quote("USE");
        assertNotNull(faults.real().getCache("memoize." + QuoteService.NAME),
                "the function's cache was created in the produced manager");
        faults.failing(true);
        try {
            long before = memoizer.statistics().cacheFailures();
            service.quote("USE-COLD"); // a key no local tier holds
            assertTrue(memoizer.statistics().cacheFailures() > before, "the produced manager's faults are seen");
        } finally {
            faults.failing(false);
        }
    }

    @Test
    @Order(1) // the first failure of this deployment is logged; later ones within a minute are only counted
    void whileTheCacheFailsCallsRunUncachedAndSucceed() {
        runs.reset();
        faults.failing(true);
        try (LogRecorder log = LogRecorder.start()) {
            long failuresBefore = memoizer.statistics().cacheFailures();
            for (int i = 0; i < 50; i++) {
                assertEquals("ACME #" + (i + 1), service.quote("ACME"));
            }
            assertEquals(50, runs.of("quote"));
            assertTrue(memoizer.statistics().cacheFailures() - failuresBefore >= 50, "every failure is counted");
            assertEquals(1, log.warnings("cache").size(), "logged once, not once per call: " + log.warnings("cache"));
            assertThrows(DeleteFailedException.class, () -> memoizer.deleteMemoized(QuoteService.NAME, "ACME"),
                    "a delete the cache did not take never returns as if it had deleted");
            assertThrows(DeleteFailedException.class, () -> memoizer.deleteMemoized(QuoteService.NAME));
        } finally {
            faults.failing(false);
        }
        String recovered = service.quote("ACME");
        assertEquals(recovered, service.quote("ACME"), "memoization resumes when the cache recovers");
        assertEquals(51, runs.of("quote"));
    }
}
