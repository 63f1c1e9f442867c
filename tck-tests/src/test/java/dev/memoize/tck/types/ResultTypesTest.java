package dev.memoize.tck.types;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.memoize.tck.types.Greeter.GREET;
import static dev.memoize.tck.types.Greeter.LETTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A programmatic call shares its keys with the method of the same name, so its result must be one the method could
 * return: anything else is refused, never stored for the method's callers to trip over.
 */
@ExtendWith(ArquillianExtension.class)
class ResultTypesTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Greeter.class);
    }

    @Inject
    Greeter greeter;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aProgrammaticResultOfTheWrongTypeIsRefusedAndTheMethodStillMemoizes() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> memoizer.function(GREET).call(() -> 42, "eve"));
        assertTrue(refused.getMessage().contains("java.lang.Integer"), "names the body's type: " + refused.getMessage());
        assertTrue(refused.getMessage().contains("java.lang.String"), "names the method's type: " + refused.getMessage());

        assertEquals("hello eve #1", greeter.greet("eve"), "the caller gets a String, not the refused 42");
        assertEquals("hello eve #1", greeter.greet("eve"));
        assertEquals(1, runs.of("greet"), "the second call was a hit");
    }

    @Test
    void aProgrammaticNullForAPrimitiveResultIsRefusedAndTheMethodStillMemoizes() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> memoizer.function(LETTERS).call(() -> null, "zoe"));
        assertTrue(refused.getMessage().contains("returned null"), refused.getMessage());
        assertTrue(refused.getMessage().contains("returns int"), refused.getMessage());

        assertEquals(3, greeter.letters("zoe"), "the caller gets an int, not the refused null");
        assertEquals(3, greeter.letters("zoe"));
        assertEquals(1, runs.of("letters"), "the second call was a hit");
    }
}
