package dev.memoize.tck.values;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@code storeByValue=false} is the explicit opt-in to share every result, mutable ones included, as a plain map would. */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine-by-reference",
        disabledReason = "only the by-reference execution opts in to sharing")
class SharedByReferenceTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Pantry.class);
    }

    @Inject
    Pantry pantry;

    @Inject
    Runs runs;

    @Test
    void byReferenceEveryCallerSharesOneInstance() throws Exception {
        runs.reset();
        ArrayList<String> first = pantry.list("shared");
        assertSame(first, pantry.list("shared"));
        assertEquals(1, runs.of("list:shared"));
    }
}
