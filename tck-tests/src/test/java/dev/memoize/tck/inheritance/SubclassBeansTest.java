package dev.memoize.tck.inheritance;

import dev.memoize.Memoizer;
import dev.memoize.tck.generics.GenericDao;
import dev.memoize.tck.generics.OrderRepo;
import dev.memoize.tck.generics.Rows;
import dev.memoize.tck.generics.UserRepo;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Beans that subclass other beans, and programmatic calls of methods returning {@code Optional<...>}. */
@ExtendWith(ArquillianExtension.class)
class SubclassBeansTest {

    private static final String BASE_LABEL = "dev.memoize.tck.inheritance.BasePricing.label";

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(BasePricing.class, SpecialPricing.class);
    }

    @Inject
    BasePricing base;

    @Inject
    SpecialPricing special;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    /**
     * A bean overriding another bean's memoized method without @Memoize: its calls are never served the base bean's
     * results (and run its own body).
     */
    @Test
    void anOverridingSubclassBeanIsNeverServedTheBaseBeansResult() {
        runs.reset();
        assertEquals("base:a", base.price("a"));
        assertEquals("special:base:a", special.price("a"), "the subclass bean is served the base bean's result");
        assertEquals(1, runs.of("special.price"));
        int baseRuns = runs.of("base.price"); // the subclass's super.price(...) ran the base body too
        assertEquals("base:a", base.price("a"));
        assertEquals(baseRuns, runs.of("base.price"), "the base bean's result is memoized: its second call was a hit");
    }

    /** The subclass bean inherits label(): its own function, never the base bean's. */
    @Test
    void anInheritedMethodIsItsOwnFunctionOnTheSubclassBean() {
        runs.reset();
        base.label("b");
        special.label("b");
        assertEquals(2, runs.of("base.label"), "the two bean classes share results");
        memoizer.deleteMemoized("dev.memoize.tck.inheritance.SpecialPricing.label", "b");
        special.label("b");
        assertEquals(3, runs.of("base.label"), "the delete of the subclass bean's result took effect");
    }

    /**
     * A programmatic call of an {@code Optional<String>} method whose body returns {@code Optional.of(42)} is
     * refused: the library stores an Optional's content, and checks it against the method's type argument.
     */
    @Test
    void aProgrammaticCallCannotStoreAnOptionalOfAnotherType() {
        runs.reset();
        try {
            memoizer.function(BASE_LABEL).call(() -> Optional.of(42), "c");
        } catch (IllegalArgumentException refused) {
            // refusing it is fine
        }
        Optional<?> served = base.label("c");
        assertEquals(Optional.of("label:c"), served, "a programmatic Optional<Integer> stored under an Optional<String> method");
    }
}
