package dev.memoize.tck.values;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.values.Pantry.Label;
import dev.memoize.tck.values.Pantry.Price;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Results known to be immutable are shared, never copied: the JDK's unmodifiable collections, records of immutable
 * components, and classes the application declares {@code @Immutable}. On a local cache every hit returns the
 * instance the first caller got; on a distributed cache, the instance this JVM read from the cache (the first
 * caller's crossed the network as bytes).
 */
@ExtendWith(ArquillianExtension.class)
class SharedResultsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Pantry.class);
    }

    @Inject
    Pantry pantry;

    @Inject
    Runs runs;

    @Test
    void unmodifiableCollectionsRecordsAndDeclaredImmutablesAreSharedWithoutCopies() {
        runs.reset();
        pantry.names("n");
        List<String> names = pantry.names("n");
        assertSame(names, pantry.names("n"), "a List.of(...) result is copied");

        pantry.price("p");
        Price price = pantry.price("p");
        assertSame(price, pantry.price("p"), "a record of immutable components is copied");

        pantry.label("l");
        Label label = pantry.label("l");
        assertSame(label, pantry.label("l"), "an @Immutable result is copied");
        assertEquals("fresh", label.text());

        assertEquals(1, runs.of("names:n"));
        assertEquals(1, runs.of("price:p"));
        assertEquals(1, runs.of("label:l"));
    }
}
