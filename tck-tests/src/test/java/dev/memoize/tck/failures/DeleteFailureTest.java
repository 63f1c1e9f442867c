package dev.memoize.tck.failures;

import dev.memoize.DeleteFailedException;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A delete either takes effect or throws: with the cache failing only {@code put}, only {@code remove}, or every
 * write, each delete that returns normally has deleted (the next call recomputes), and each one the cache did not
 * take throws {@link DeleteFailedException} naming the function. Memoization itself keeps working meanwhile where
 * its own operations ({@code putIfAbsent}, {@code replace}) still work.
 */
@ExtendWith(ArquillianExtension.class)
class DeleteFailureTest {

    private static final String[] EVERY_WRITE = {"put", "putAll", "putIfAbsent", "replace", "remove", "removeAll",
            "getAndPut", "getAndRemove", "getAndReplace"};

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Faults.class, QuoteService.class);
    }

    @Inject
    QuoteService service;

    @Inject
    Faults faults;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void withPutFailingOnlyTheVerhashDeleteCanBeMade() {
        String symbol = memoized("PUT");
        faults.failingOnly("put");
        try {
            assertEquals(memoizer.statistics().hits() + 1, hitCountAfter(() -> service.quote(symbol)),
                    "memoization keeps working on putIfAbsent and replace");
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.NAME, symbol));
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.NAME));
            assertTookEffect(symbol, () -> memoizer.deleteMemoizedVerhash(QuoteService.NAME));
        } finally {
            faults.failing(false);
        }
    }

    @Test
    void withRemoveFailingOnlyTheWholeFunctionDeleteCanBeMade() {
        String symbol = memoized("REMOVE");
        faults.failingOnly("remove");
        try {
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.NAME, symbol));
            assertRefused(() -> memoizer.deleteMemoizedVerhash(QuoteService.NAME));
            assertTookEffect(symbol, () -> memoizer.deleteMemoized(QuoteService.NAME));
        } finally {
            faults.failing(false);
        }
    }

    @Test
    void withEveryWriteFailingNoDeleteReturnsNormally() {
        String symbol = memoized("ALL");
        faults.failingOnly(EVERY_WRITE);
        try {
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.NAME, symbol));
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.class, "quote", symbol));
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.NAME));
            assertRefused(() -> memoizer.deleteMemoized(QuoteService.class, "quote"));
            assertRefused(() -> memoizer.deleteMemoizedVerhash(QuoteService.NAME));
        } finally {
            faults.failing(false);
        }
        assertTookEffect(symbol, () -> memoizer.deleteMemoized(QuoteService.NAME, symbol));
    }

    /** A fresh symbol whose quote is memoized: its second call is a hit. */
    private String memoized(String prefix) {
        String symbol = prefix + "-" + System.nanoTime();
        String first = service.quote(symbol);
        assertEquals(first, service.quote(symbol));
        return symbol;
    }

    private long hitCountAfter(Runnable call) {
        call.run();
        return memoizer.statistics().hits();
    }

    private void assertRefused(Executable delete) {
        long failures = memoizer.statistics().cacheFailures();
        DeleteFailedException refused = assertThrows(DeleteFailedException.class, delete,
                "a delete the cache did not take never returns as if it had deleted");
        assertEquals(QuoteService.NAME, refused.function());
        assertTrue(memoizer.statistics().cacheFailures() > failures, "the failure is counted");
    }

    /** The delete returns normally, and the next call runs the body and returns a new result. */
    private void assertTookEffect(String symbol, Executable delete) {
        String before = service.quote(symbol);
        int runsBefore = runs.of("quote");
        try {
            delete.execute();
        } catch (Throwable unexpected) {
            throw new AssertionError("the delete should have been made", unexpected);
        }
        String after = service.quote(symbol);
        assertNotEquals(before, after, "the result memoized before the delete is not served after it");
        assertEquals(runsBefore + 1, runs.of("quote"));
    }
}
