package dev.memoize.tck.helidon;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library out of the box on Helidon MP 4 (Weld 5.1): the application in {@code app} has the library and
 * Caffeine's JCache on its class path and nothing else, no setting of the library and no serialization
 * configuration, so Helidon's JEP 290 filter (an allow-list that rejects every class no
 * {@code META-INF/helidon/serial-config.properties} names) is in force. Driven over HTTP on 127.0.0.1.
 *
 * <p>Each scenario: STEP, the calls made; EXPECTED, how often the body ran.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelidonMpTest {

    private static HelidonServer server;

    @BeforeAll
    static void startHelidon() throws Exception {
        server = HelidonServer.start(Path.of("target", "helidon", "server.log"), "/library/runs/book",
                Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopHelidon() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aMemoizedResourceMethodRunsOnceForTwoCalls() throws Exception {
        // STEP: the same shelf twice (a record holding an ArrayList: copied by serialization for each caller)
        int before = runs("shelf");
        String first = server.get("/library/shelves/fiction");
        String second = server.get("/library/shelves/fiction");

        // EXPECTED: one run; the second caller got an equal copy
        assertEquals(before + 1, runs("shelf"), "the second call was a hit");
        assertEquals(first, second);
        assertTrue(first.startsWith("fiction\nfiction-1: First on fiction\n"), first);
    }

    @Test
    @Order(2)
    void anApplicationScopedBeanSharesItsImmutableRecord() throws Exception {
        // STEP: the same book twice (the application's own record, immutable: shared)
        int before = runs("book");
        String first = server.get("/library/books/978-0");
        String second = server.get("/library/books/978-0");

        // EXPECTED: one run
        assertEquals(before + 1, runs("book"), "the second call was a hit");
        assertEquals("978-0: Title of 978-0", first);
        assertEquals(first, second);
    }

    @Test
    @Order(3)
    void anApplicationScopedBeanCopiesItsMutableListForEachCaller() throws Exception {
        // STEP: the same member's loans twice; each caller changes its list after reading it
        int before = runs("loans");
        String first = server.get("/library/loans/alice");
        String second = server.get("/library/loans/alice");

        // EXPECTED: one run, and the second caller does not see the first caller's changes
        assertEquals(before + 1, runs("loans"), "the second call was a hit");
        assertEquals("[isbn-1 lent to alice, isbn-2 lent to alice]", first);
        assertEquals(first, second);
    }

    @Test
    @Order(4)
    void deletingOneResultRecomputesOnlyThatOne() throws Exception {
        for (Function function : Function.values()) {
            // STEP: two arguments memoized, then the first one's result deleted
            function.call("one-a");
            function.call("one-b");
            int before = function.runs();
            server.delete("/library/memos/" + function.qualifiedName + "/one-a");
            function.call("one-a");
            function.call("one-b");

            // EXPECTED: only the deleted one runs again, and is memoized again at once
            assertEquals(before + 1, function.runs(), function + ": only the deleted result was recomputed");
            function.call("one-a");
            assertEquals(before + 1, function.runs(), function + ": the recomputed result is memoized");
        }
    }

    @Test
    @Order(5)
    void deletingAFunctionRecomputesEveryResult() throws Exception {
        for (Function function : Function.values()) {
            // STEP: two arguments memoized, then every result of the function deleted
            function.call("all-a");
            function.call("all-b");
            int before = function.runs();
            server.delete("/library/memos/" + function.qualifiedName);
            function.call("all-a");
            function.call("all-b");

            // EXPECTED: both run again, and are memoized again at once
            assertEquals(before + 2, function.runs(), function + ": every result was recomputed");
            function.call("all-a");
            function.call("all-b");
            assertEquals(before + 2, function.runs(), function + ": the recomputed results are memoized");
        }
    }

    @Test
    @Order(6)
    void theLibraryLoggedNoWarning() throws Exception {
        String log = server.log();

        // EXPECTED: the library started (its INFO line shows the log is captured and names loggers) ...
        assertTrue(log.contains("INFO dev.memoize: "), "the library's start-up line:\n" + log);
        // ... and never warned: no stored result failed to be read back, no store failed
        assertFalse(log.contains("WARNING dev.memoize: "), "the library warned:\n" + log);
        assertTrue(log.contains("http://127.0.0.1:" + server.port() + " bound for socket"), "on loopback:\n" + log);
    }

    private static int runs(String method) throws Exception {
        return Integer.parseInt(server.get("/library/runs/" + method));
    }

    /** The application's memoized functions: each one's name, the body it counts and the resource that calls it. */
    private enum Function {
        BOOK("dev.memoize.tck.helidon.app.Catalog.book", "book", "/library/books/"),
        LOANS("dev.memoize.tck.helidon.app.Catalog.loans", "loans", "/library/loans/"),
        SHELF("dev.memoize.tck.helidon.app.LibraryResource.shelf", "shelf", "/library/shelves/");

        private final String qualifiedName;
        private final String method;
        private final String path;

        Function(String qualifiedName, String method, String path) {
            this.qualifiedName = qualifiedName;
            this.method = method;
            this.path = path;
        }

        void call(String argument) throws Exception {
            server.get(path + argument);
        }

        int runs() throws Exception {
            return HelidonMpTest.runs(method);
        }

        @Override
        public String toString() {
            return qualifiedName;
        }
    }
}
