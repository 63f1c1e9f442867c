package dev.memoize.tck.generics;

import dev.memoize.Memoizer;
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

/** @Memoize on an interface's default method: one function per bean class, memoized. */
@DisabledIfSystemProperty(named = "memoize.tck.cdi", matches = "openwebbeans",
        disabledReason = "OpenWebBeans does not intercept default methods: the deployment is refused (DeploymentValidationTest)")
@ExtendWith(ArquillianExtension.class)
class DefaultMethodsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Describer.class, EnDescriber.class, FrDescriber.class, Lookup.class, NameLookup.class,
                NameLookupBean.class);
    }

    @Inject
    EnDescriber en;

    @Inject
    FrDescriber fr;

    @Inject
    NameLookupBean names;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    /** Two beans inheriting one memoized default method never share results. */
    @Test
    void twoBeansOfOneDefaultMethodKeepTheirResultsApart() {
        runs.reset();
        assertEquals("en:x", en.describe("x"));
        assertEquals("fr:x", fr.describe("x"), "the fr bean is served the en bean's result");
        assertEquals("en:x", en.describe("x"));
        assertEquals("fr:x", fr.describe("x"));
        assertEquals(1, runs.of("en.describe"), "each bean's result is memoized: its second call was a hit");
        assertEquals(1, runs.of("fr.describe"));
    }

    /** A memoized default method is memoized (runs once for two calls). */
    @Test
    void aDefaultMethodIsMemoized() {
        runs.reset();
        en.describe("y");
        en.describe("y");
        assertEquals(1, runs.of("en.describe"), "@Memoize on a default method is silently ignored");
    }

    /** A sub-interface's covariant override is the one method the bean has: it deploys and is memoized. */
    @Test
    void aDefaultMethodOverriddenInASubInterfaceIsMemoizedAsTheOverride() {
        runs.reset();
        assertEquals("name-7", names.find("7"));
        assertEquals("name-7", names.find("7"));
        assertEquals(1, runs.of("NameLookup.find"), "the override's second call was a hit");
        assertEquals(0, runs.of("Lookup.find"));
    }
}
