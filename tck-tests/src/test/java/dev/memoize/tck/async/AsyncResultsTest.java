package dev.memoize.tck.async;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.TestConfig;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A method returning a CompletionStage is memoized by the value its stage completes with: callers of a running
 * stage share it, a failed stage is never memoized, a delete wins over a stage that was running, and no caller can
 * complete or cancel another's future.
 */
@ExtendWith(ArquillianExtension.class)
class AsyncResultsTest {

    private static final String PRICE = StockQuotes.class.getName() + ".price";

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(StockQuotes.class);
    }

    @Inject
    StockQuotes quotes;

    @Inject
    Runs runs;

    @Inject
    Memoizer memoizer;

    @Inject
    TestConfig config;

    @Test
    void theCompletedValueIsMemoized() throws Exception {
        CompletableFuture<String> first = quotes.price("ACME");
        quotes.stage("price:ACME", 1).complete("ACME 101.5");
        assertEquals("ACME 101.5", first.get(5, TimeUnit.SECONDS));

        long hits = memoizer.statistics().hits();
        CompletableFuture<String> second = quotes.price("ACME");
        assertTrue(second.isDone(), "a hit is a completed future");
        assertEquals("ACME 101.5", second.get());
        assertEquals(1, runs.of("price:ACME"));
        assertEquals(hits + 1, memoizer.statistics().hits());
    }

    @Test
    void callersOfARunningStageShareIt() throws Exception {
        CompletableFuture<String> leader = quotes.price("SHARED");
        CompletableFuture<String> second = quotes.price("SHARED");
        CompletableFuture<String> third = quotes.price("SHARED");
        assertEquals(1, runs.of("price:SHARED"), "the later callers joined the running stage");
        assertFalse(second.isDone());

        quotes.stage("price:SHARED", 1).complete("SHARED 7");
        assertEquals("SHARED 7", leader.get(5, TimeUnit.SECONDS));
        assertEquals("SHARED 7", second.get(5, TimeUnit.SECONDS));
        assertEquals("SHARED 7", third.get(5, TimeUnit.SECONDS));
        assertEquals("SHARED 7", quotes.price("SHARED").get(5, TimeUnit.SECONDS));
        assertEquals(1, runs.of("price:SHARED"));
    }

    @Test
    void noCallerGetsTheBodysStageOrAnotherCallersFuture() throws Exception {
        CompletableFuture<String> leader = quotes.price("OWN");
        CompletableFuture<String> joined = quotes.price("OWN");
        CompletableFuture<String> body = quotes.returnedByPrice("OWN", 1);
        assertNotSame(body, leader);
        assertNotSame(body, joined);
        assertNotSame(leader, joined);

        leader.complete("forged by the first caller");
        assertFalse(body.isDone(), "completing a caller's future does not complete the computation");
        assertFalse(joined.isDone(), "nor another caller's future");

        quotes.stage("price:OWN", 1).complete("OWN 3");
        assertEquals("OWN 3", joined.get(5, TimeUnit.SECONDS));
        assertEquals("OWN 3", quotes.price("OWN").get(5, TimeUnit.SECONDS), "the forged value was never memoized");
        assertEquals(1, runs.of("price:OWN"));
    }

    @Test
    void cancellingOnesFutureLeavesTheComputationRunningAndMemoized() throws Exception {
        CompletableFuture<String> impatient = quotes.price("SLOW");
        CompletableFuture<String> patient = quotes.price("SLOW");
        assertTrue(impatient.cancel(true));

        quotes.stage("price:SLOW", 1).complete("SLOW 9");
        assertThrows(CancellationException.class, impatient::join);
        assertEquals("SLOW 9", patient.get(5, TimeUnit.SECONDS));
        assertEquals("SLOW 9", quotes.price("SLOW").get(5, TimeUnit.SECONDS));
        assertEquals(1, runs.of("price:SLOW"));
    }

    @Test
    void aFailedStageIsNeverMemoized() throws Exception {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> quotes.flaky("DOWN").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failure.getCause());

        assertEquals("DOWN #2", quotes.flaky("DOWN").toCompletableFuture().get(5, TimeUnit.SECONDS),
                "the next call ran the body");
        assertEquals("DOWN #2", quotes.flaky("DOWN").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(2, runs.of("flaky:DOWN"));
    }

    @Test
    void theCallersOfAStageThatFailsLaterGetItsFailureAndTheNextCallRunsAgain() throws Exception {
        CompletableFuture<String> leader = quotes.price("LATE");
        CompletableFuture<String> joined = quotes.price("LATE");
        quotes.stage("price:LATE", 1).completeExceptionally(new IOException("timed out upstream"));
        assertInstanceOf(IOException.class, assertThrows(ExecutionException.class, () -> leader.get(5, TimeUnit.SECONDS)).getCause());
        assertInstanceOf(IOException.class, assertThrows(ExecutionException.class, () -> joined.get(5, TimeUnit.SECONDS)).getCause());
        assertEquals(leader.handle((value, failure) -> failure.getClass()).get(5, TimeUnit.SECONDS),
                joined.handle((value, failure) -> failure.getClass()).get(5, TimeUnit.SECONDS),
                "a caller that joined sees the very exception its leader sees, not one wrapped once more");

        CompletableFuture<String> retry = quotes.price("LATE");
        assertEquals(2, runs.of("price:LATE"), "a failed stage is not memoized");
        quotes.stage("price:LATE", 2).complete("LATE 1");
        assertEquals("LATE 1", retry.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStageCancelledByTheApplicationIsNotMemoized() throws Exception {
        CompletableFuture<String> caller = quotes.price("GONE");
        quotes.stage("price:GONE", 1).cancel(true);
        assertThrows(ExecutionException.class, () -> caller.get(5, TimeUnit.SECONDS));
        CompletableFuture<String> retry = quotes.price("GONE");
        assertEquals(2, runs.of("price:GONE"), "a cancelled stage is not memoized");
        quotes.stage("price:GONE", 2).complete("GONE 2");
        assertEquals("GONE 2", retry.get(5, TimeUnit.SECONDS));
        assertEquals("GONE 2", quotes.price("GONE").get(5, TimeUnit.SECONDS));
        assertEquals(2, runs.of("price:GONE"));
    }

    @Test
    void aStageRunningDuringADeleteOfItsEntryIsNeverServedAfterIt() throws Exception {
        CompletableFuture<String> before = quotes.price("RACE");
        memoizer.deleteMemoized(PRICE, "RACE");

        CompletableFuture<String> after = quotes.price("RACE");
        assertEquals(2, runs.of("price:RACE"), "a caller after the delete does not join the stage that began before it");
        quotes.stage("price:RACE", 1).complete("RACE old");
        assertEquals("RACE old", before.get(5, TimeUnit.SECONDS), "its own caller gets it");
        quotes.stage("price:RACE", 2).complete("RACE new");
        assertEquals("RACE new", after.get(5, TimeUnit.SECONDS));
        assertEquals("RACE new", quotes.price("RACE").get(5, TimeUnit.SECONDS));
        assertEquals(2, runs.of("price:RACE"));
    }

    @Test
    void aStageThatCompletesAfterADeleteOfItsFunctionIsNotMemoized() throws Exception {
        CompletableFuture<String> before = quotes.price("BUMP");
        memoizer.deleteMemoized(PRICE);
        quotes.stage("price:BUMP", 1).complete("BUMP old");
        assertEquals("BUMP old", before.get(5, TimeUnit.SECONDS));

        CompletableFuture<String> after = quotes.price("BUMP");
        assertEquals(2, runs.of("price:BUMP"), "the old stage's value was not served after the delete");
        quotes.stage("price:BUMP", 2).complete("BUMP new");
        assertEquals("BUMP new", after.get(5, TimeUnit.SECONDS));
        assertEquals("BUMP new", quotes.price("BUMP").get(5, TimeUnit.SECONDS), "the new value is memoized");
        assertEquals(2, runs.of("price:BUMP"));
    }

    @Test
    void aStageThatCompletesAfterADeleteOfItsEntryIsNotMemoized() throws Exception {
        CompletableFuture<String> before = quotes.price("ONE");
        memoizer.deleteMemoized(PRICE, "ONE");
        quotes.stage("price:ONE", 1).complete("ONE old");
        before.get(5, TimeUnit.SECONDS);

        CompletableFuture<String> after = quotes.price("ONE");
        assertEquals(2, runs.of("price:ONE"), "the old stage's value was not served after the delete");
        quotes.stage("price:ONE", 2).complete("ONE new");
        assertEquals("ONE new", after.get(5, TimeUnit.SECONDS));
        assertEquals("ONE new", quotes.price("ONE").get(5, TimeUnit.SECONDS), "the new value is memoized");
        assertEquals(2, runs.of("price:ONE"));
    }

    @Test
    void theTimeoutRunsFromCompletion() throws Exception {
        CompletableFuture<String> first = quotes.price("CLOCK");
        config.testClock().advance(Duration.ofSeconds(50));
        quotes.stage("price:CLOCK", 1).complete("CLOCK 1");
        first.get(5, TimeUnit.SECONDS);

        config.testClock().advance(Duration.ofSeconds(30));
        assertEquals("CLOCK 1", quotes.price("CLOCK").get(5, TimeUnit.SECONDS), "80 s after the call, 30 s after completion");
        assertEquals(1, runs.of("price:CLOCK"));
        config.testClock().advance(Duration.ofSeconds(31));
        quotes.price("CLOCK");
        assertEquals(2, runs.of("price:CLOCK"), "61 s after completion");
    }

    @Test
    void eachCallerGetsItsOwnCopyOfAMutableValue() throws Exception {
        List<String> first = quotes.watchlist("ann").get(5, TimeUnit.SECONDS);
        first.add("mutated by the first caller");
        List<String> second = quotes.watchlist("ann").get(5, TimeUnit.SECONDS);
        assertEquals(1, runs.of("watchlist:ann"));
        if (Boolean.parseBoolean(System.getProperty("dev.memoize.storeByValue", "true"))) {
            assertEquals(List.of("ann #1"), second);
        } else {
            assertEquals(List.of("ann #1", "mutated by the first caller"), second, "by reference, callers share");
        }
    }

    @Test
    void joinedCallersGetTheirOwnCopies() throws Exception {
        CompletableFuture<List<String>> leader = quotes.history("HIS").toCompletableFuture();
        CompletableFuture<List<String>> joined = quotes.history("HIS").toCompletableFuture();
        quotes.stage("history:HIS", 1).complete(new java.util.ArrayList<>(List.of("HIS 1")));
        List<String> mine = leader.get(5, TimeUnit.SECONDS);
        mine.add("mutated by the leader");
        if (Boolean.parseBoolean(System.getProperty("dev.memoize.storeByValue", "true"))) {
            assertEquals(List.of("HIS 1"), joined.get(5, TimeUnit.SECONDS));
            assertEquals(List.of("HIS 1"), quotes.history("HIS").toCompletableFuture().get(5, TimeUnit.SECONDS));
        }
        assertEquals(1, runs.of("history:HIS"));
    }

    @Test
    void optionalAndNullValuesAreMemoized() throws Exception {
        assertEquals(Optional.of("USACME1"), quotes.isin("ACME").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("USACME1"), quotes.isin("ACME").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), quotes.isin("").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), quotes.isin("").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(1, runs.of("isin:ACME"));
        assertEquals(1, runs.of("isin:"));

        assertNull(quotes.delisted("OLD").get(5, TimeUnit.SECONDS));
        assertNull(quotes.delisted("OLD").get(5, TimeUnit.SECONDS));
        assertEquals(1, runs.of("delisted:OLD"));
    }
}
