package dev.memoize.tck.config;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The default KeyStrategy replaced through beans.xml {@code <alternatives>}; a method naming its own strategy. */
@ExtendWith(ArquillianExtension.class)
class BeansXmlAlternativeTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.withBeansXml("all",
                "<alternatives><class>" + CaseInsensitiveKeys.class.getName() + "</class></alternatives>",
                GreetingService.class, CaseInsensitiveKeys.class, LengthKeys.class);
    }

    @Inject
    GreetingService greetings;

    @Inject
    Runs runs;

    @Test
    void theSelectedAlternativeMakesTheKeys() {
        assertEquals(greetings.greet("Ada"), greetings.greet("ADA"));
        assertEquals(1, runs.of("greet"));
    }

    @Test
    void aMethodCanNameItsOwnStrategy() {
        assertEquals(greetings.byLength("abc"), greetings.byLength("xyz"));
        greetings.byLength("abcd");
        assertEquals(2, runs.of("byLength"));
    }
}
