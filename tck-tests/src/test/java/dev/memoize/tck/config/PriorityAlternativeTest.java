package dev.memoize.tck.config;

import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default KeyStrategy replaced by an @Alternative @Priority bean; the provider chosen by class name. */
@ExtendWith(ArquillianExtension.class)
class PriorityAlternativeTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(GreetingService.class, CaseInsensitiveKeys.class, GlobalCaseInsensitiveKeys.class,
                LengthKeys.class);
    }

    @Inject
    GreetingService greetings;

    @Inject
    Runs runs;

    @Test
    void theGlobalAlternativeMakesTheKeys() {
        assertEquals(greetings.greet("Grace"), greetings.greet("GRACE"));
        assertEquals(1, runs.of("greet"));
        assertTrue(Caches.keys(GreetingService.class.getName() + ".greet").contains(
                GreetingService.class.getName() + ".greet|=ci\"grace\""));
    }

    @Test
    @DisabledIfSystemProperty(named = "memoize.tck.container", matches = "payara|wildfly",
            disabledReason = "only the Weld SE runs name a provider; on servers see ServerStorageTest")
    void theProviderIsTheOneNamedInTheConfiguration() {
        greetings.greet("provider");
        var manager = Caches.manager();
        assertEquals(System.getProperty("dev.memoize.cachingProvider"), manager.getCachingProvider().getClass().getName());
        assertTrue(manager.getCache("memoize." + GreetingService.class.getName() + ".greet") != null);
    }
}
