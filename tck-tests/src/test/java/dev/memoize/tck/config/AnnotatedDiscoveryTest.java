package dev.memoize.tck.config;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An archive with bean-discovery-mode="annotated" (the default of an archive without beans.xml): the library's
 * beans come from its extension, and a per-method strategy that is not a bean is made with its constructor.
 */
@ExtendWith(ArquillianExtension.class)
class AnnotatedDiscoveryTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.withBeansXml("annotated", "", GreetingService.class, LengthKeys.class);
    }

    @Inject
    GreetingService greetings;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void memoizationAndDeletesWorkInAnAnnotatedArchive() {
        assertEquals(greetings.greet("Annotated Ada"), greetings.greet("Annotated Ada"));
        assertEquals(greetings.byLength("annotated-abc"), greetings.byLength("annotated-xyz"),
                "LengthKeys, not a bean here, keys by length");
        assertEquals(1, runs.of("greet"));
        assertEquals(1, runs.of("byLength"));
        memoizer.deleteMemoized(GreetingService.class, "greet", "Annotated Ada");
        greetings.greet("Annotated Ada");
        assertEquals(2, runs.of("greet"));
    }
}
