package dev.memoize.tck.reentrancy;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A leader never waits on itself: a computation that calls its own function with the same key, on its own thread,
 * runs the inner body at once, as the method would without memoization, instead of waiting out the single-flight
 * bound (the library's default, 30 s, here) for a result only it can produce. The key is memoized afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ReentrancyTest {

    /** Only a guard against hanging: a call that waited on itself would take the whole 30 s bound. */
    private static final Duration HANG_GUARD = PatientConfig.SINGLE_FLIGHT_TIMEOUT.dividedBy(3);

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(SelfCalling.class, PatientConfig.class);
    }

    @Inject
    SelfCalling service;

    @Inject
    Runs runs;

    @Test
    void aMethodCallingItselfThroughItsInjectedSelfDoesNotWaitOnItself() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = assertTimeoutPreemptively(HANG_GUARD, () -> service.throughSelf("a"),
                "the inner call waited on its own computation");
        assertEquals("outer(inner)", first);
        assertEquals(2, runs.of("throughSelf:a"), "the outer body and, at once, the inner one");

        assertEquals(first, service.throughSelf("a"), "the outermost result is the one memoized, as its caller got it");
        assertEquals(first, service.throughSelf("a"));
        assertEquals(2, runs.of("throughSelf:a"), "afterwards the key is memoized: both calls were hits");
    }

    @Test
    void aMethodCallingItsOwnFunctionThroughTheMemoizerDoesNotWaitOnItself() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = assertTimeoutPreemptively(HANG_GUARD, () -> service.throughMemoizer("b"),
                "the inner call waited on its own computation");
        assertEquals("outer(inner #1)", first);
        assertEquals(1, runs.of("throughMemoizer:b"));
        assertEquals(1, runs.of("inner:b"), "the programmatic body ran at once");

        assertEquals(first, service.throughMemoizer("b"), "the outermost result is the one memoized");
        assertEquals(first, service.throughMemoizer("b"));
        assertEquals(1, runs.of("throughMemoizer:b"), "afterwards the key is memoized: both calls were hits");
        assertEquals(1, runs.of("inner:b"));
    }

    /** Only Hazelcast takes a claim in the cache; on a local cache this is the in-JVM case again. */
    @Test
    void aClusterSingleFlightMethodCallingItselfDoesNotWaitOnItsOwnClaim() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = assertTimeoutPreemptively(HANG_GUARD, () -> service.claimed("c"),
                "the inner call waited on its own computation or claim");
        assertEquals("outer(inner)", first);
        assertEquals(2, runs.of("claimed:c"), "the outer body and, at once, the inner one");

        assertEquals(first, service.claimed("c"), "the outermost result is the one memoized");
        assertEquals(first, service.claimed("c"));
        assertEquals(2, runs.of("claimed:c"), "afterwards the key is memoized: both calls were hits");
    }
}
