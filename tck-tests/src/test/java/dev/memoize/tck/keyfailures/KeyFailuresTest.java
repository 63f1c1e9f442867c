package dev.memoize.tck.keyfailures;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.LogRecorder;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Key building never fails the business call: a toString() or a KeyStrategy that throws makes the call run
 * unmemoized, counted as bypassed and warned once per method. Each method is called by one test only, since its
 * warning is shown once per deployment.
 */
@ExtendWith(ArquillianExtension.class)
class KeyFailuresTest {

    private static final int CALLS = 3;

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(LabelService.class, Fragile.class, ThrowingStrategy.class);
    }

    @Inject
    LabelService labels;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void anArgumentWhoseToStringThrowsRunsUnmemoizedAndIsWarnedOnce() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        try (LogRecorder log = LogRecorder.start()) {
            long bypassedBefore = memoizer.statistics().bypassed();
            Fragile sticker = new Fragile();
            for (int call = 1; call <= CALLS; call++) {
                assertEquals("label #" + call, labels.label(sticker), "the business call succeeds, unmemoized");
            }
            assertEquals(CALLS, runs.of("label"));
            assertEquals(bypassedBefore + CALLS, memoizer.statistics().bypassed());
            List<String> warnings = log.warnings("LabelService.label(Fragile)");
            assertEquals(1, warnings.size(), "one warning per method: " + warnings);
            assertTrue(warnings.get(0).contains("runs unmemoized"), warnings.get(0));
        }
    }

    @Test
    void aKeyStrategyThatThrowsRunsUnmemoizedAndIsWarnedOnce() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        try (LogRecorder log = LogRecorder.start()) {
            long bypassedBefore = memoizer.statistics().bypassed();
            for (int call = 1; call <= CALLS; call++) {
                assertEquals("x code #" + call, labels.code("x"), "the business call succeeds, unmemoized");
            }
            assertEquals(CALLS, runs.of("code"));
            assertEquals(bypassedBefore + CALLS, memoizer.statistics().bypassed());
            List<String> warnings = log.warnings("LabelService.code(String)");
            assertEquals(1, warnings.size(), "one warning per method: " + warnings);
            assertTrue(warnings.get(0).contains("runs unmemoized"), warnings.get(0));
        }
    }
}
