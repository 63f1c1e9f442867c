package dev.memoize.tck.generics;

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
 * A bean implementing a generic interface ({@code Finder<UserRow>}) with {@code @Memoize} on its implementation:
 * javac copies the method's annotations onto the synthetic bridge {@code Object find(long)}, which must not become a
 * second function of the same name (the deployment failed), and calls through the interface are memoized.
 */
@ExtendWith(ArquillianExtension.class)
class GenericInterfaceTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Rows.class, Rows.UserRow.class, Rows.OrderRow.class, Finder.class, BridgedFinder.class);
    }

    @Inject
    BridgedFinder bridged;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aFinderCalledThroughItsGenericInterfaceIsMemoizedAndDeletable() {
        runs.reset();
        Finder<Rows.UserRow> finder = bridged;
        assertEquals(new Rows.UserRow(2, "bridged"), finder.find(2L));
        assertEquals(new Rows.UserRow(2, "bridged"), finder.find(2L));
        assertEquals(1, runs.of("bridged.find"), "the call through the bridge was a hit");
        memoizer.deleteMemoized("dev.memoize.tck.generics.BridgedFinder.find", 2L);
        finder.find(2L);
        assertEquals(2, runs.of("bridged.find"), "the delete took effect");
    }
}
