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

    private static final String CATALOG = "dev.memoize.tck.helidon.app.Catalog";
    private static final String BOOK = CATALOG + ".book";
    private static final String LOANS = CATALOG + ".loans";
    private static final String SHELF = "dev.memoize.tck.helidon.app.LibraryResource.shelf";

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
        for (String[] call : new String[][] {
                {BOOK, "book", "/library/books/", "111", "222"},
                {LOANS, "loans", "/library/loans/", "bob", "carol"},
                {SHELF, "shelf", "/library/shelves/", "poetry", "drama"}}) {
            String function = call[0];
            String method = call[1];
            String path = call[2];
            // STEP: two arguments memoized, then the first one's result deleted
            server.get(path + call[3]);
            server.get(path + call[4]);
            int before = runs(method);
            server.delete("/library/memos/" + function + "/" + call[3]);
            server.get(path + call[3]);
            server.get(path + call[4]);

            // EXPECTED: only the deleted one runs again, and is memoized again at once
            assertEquals(before + 1, runs(method), function + ": only the deleted result was recomputed");
            server.get(path + call[3]);
            assertEquals(before + 1, runs(method), function + ": the recomputed result is memoized");
        }
    }

    @Test
    @Order(5)
    void deletingAFunctionRecomputesEveryResult() throws Exception {
        for (String[] call : new String[][] {
                {BOOK, "book", "/library/books/", "333", "444"},
                {LOANS, "loans", "/library/loans/", "dave", "erin"},
                {SHELF, "shelf", "/library/shelves/", "history", "travel"}}) {
            String function = call[0];
            String method = call[1];
            String path = call[2];
            // STEP: two arguments memoized, then every result of the function deleted
            server.get(path + call[3]);
            server.get(path + call[4]);
            int before = runs(method);
            server.delete("/library/memos/" + function);
            server.get(path + call[3]);
            server.get(path + call[4]);

            // EXPECTED: both run again, and are memoized again at once
            assertEquals(before + 2, runs(method), function + ": every result was recomputed");
            server.get(path + call[3]);
            server.get(path + call[4]);
            assertEquals(before + 2, runs(method), function + ": the recomputed results are memoized");
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
}
