package dev.memoize.tck.values;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cache that stores by value keeps a copy of a result, not the instance its first caller got and may change.
 * The library stores a result with a conditional {@code replace} over its placeholder, which Caffeine's JCache keeps
 * as given, so the library copies the result itself for a local cache that stores by value. (Copies on every path,
 * single-flight waiters and the distributed local tier included, are the subject of the value-semantics work; a
 * cache configured by reference shares instances on purpose.)
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine-by-reference|hazelcast|payara",
        disabledReason = "by reference, callers share instances on purpose; a distributed cache's local tier hands "
                + "one deserialized instance to its hits (the value-semantics work)")
class ByValueResultsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Shelf.class);
    }

    @Inject
    Shelf shelf;

    @Inject
    Runs runs;

    @Test
    void aHitNeverShowsAnotherCallersChangesToTheResult() throws Exception {
        runs.reset();
        ArrayList<String> first = shelf.items("hit");
        first.add("scribbled by the first caller");
        ArrayList<String> second = shelf.items("hit");
        assertEquals(1, runs.of("items:hit"), "precondition: a hit");
        assertEquals(List.of("book"), second, "the second caller is served the first caller's changes");
    }
}
