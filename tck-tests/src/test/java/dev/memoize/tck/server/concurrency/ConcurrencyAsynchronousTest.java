package dev.memoize.tck.server.concurrency;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Jakarta Concurrency {@code @Asynchronous} method that is also memoized, on a real server: the value its
 * future completes with is memoized, a failed run is not.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyAsynchronousTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ShippingQuotes.class);
    }

    @Inject
    ShippingQuotes quotes;

    @Inject
    Runs runs;

    @Test
    void theValueTheServersFutureCompletesWithIsMemoized() throws Exception {
        String first = quotes.quote("Lisbon").get(10, TimeUnit.SECONDS);
        assertTrue(first.startsWith("Lisbon #1 on "), first);
        assertEquals(first, quotes.quote("Lisbon").get(10, TimeUnit.SECONDS));
        assertEquals(1, runs.of("quote:Lisbon"));
    }

    @Test
    void aFailedRunIsNotMemoized() throws Exception {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> quotes.quote("down-Oslo").get(10, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failure.getCause());
        String second = quotes.quote("down-Oslo").get(10, TimeUnit.SECONDS);
        assertTrue(second.startsWith("down-Oslo #2"), second);
        assertEquals(second, quotes.quote("down-Oslo").get(10, TimeUnit.SECONDS));
        assertEquals(2, runs.of("quote:down-Oslo"));
    }
}
