package dev.memoize.tck.keyfailures;

import dev.memoize.tck.failures.StrictConfig;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** In strict mode (tests, debugging) a key that cannot be built fails the call with the cause, before the body runs. */
@ExtendWith(ArquillianExtension.class)
class StrictKeyFailuresTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(LabelService.class, Fragile.class, ThrowingStrategy.class, StrictConfig.class);
    }

    @Inject
    LabelService labels;

    @Inject
    Runs runs;

    @Test
    void anArgumentWhoseToStringThrowsFailsTheCall() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> labels.label(new Fragile()));
        assertEquals(Fragile.BROKEN, thrown.getMessage());
        assertEquals(0, runs.of("label"));
    }

    @Test
    void aKeyStrategyThatThrowsFailsTheCall() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> labels.code("x"));
        assertEquals(ThrowingStrategy.BROKEN, thrown.getMessage());
        assertEquals(0, runs.of("code"));
    }
}
