package dev.memoize.tck.config;

import dev.memoize.MemoizeConfig;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An application with no {@code MemoizeConfig} bean of its own gets the library's built-in one, and memoizes and
 * deletes with it on every CDI implementation: OpenWebBeans, which builds client proxies by subclassing the bean
 * class, could not proxy the built-in configuration's final class (the first call failed). Boots a CDI SE
 * container directly: the suite's Arquillian deployments all carry a configuration of their own.
 */
class BuiltInConfigurationTest {

    @Test
    void withoutAConfigurationOfItsOwnTheApplicationMemoizesAndDeletes() {
        try (SeContainer container = SeContainers.withMemoize().addBeanClasses(Greetings.class)
                .initialize()) {
            Greetings greetings = container.select(Greetings.class).get();
            Memoizer memoizer = container.select(Memoizer.class).get();

            assertEquals("hello ann #1", greetings.greet("ann"));
            assertEquals("hello ann #1", greetings.greet("ann"), "the second call is a hit");
            memoizer.deleteMemoized(Greetings.class, "greet", "ann");
            assertEquals("hello ann #2", greetings.greet("ann"), "the delete took effect");
            assertEquals(Duration.ofMinutes(5), container.select(MemoizeConfig.class).get().defaultTimeout(),
                    "the built-in configuration's default");
        }
    }
}
