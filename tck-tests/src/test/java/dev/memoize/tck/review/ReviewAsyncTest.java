package dev.memoize.tck.review;

import dev.memoize.MemoizeStatistics;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review probes of asynchronous results (issue #13 item 1), default configuration. */
@ExtendWith(ArquillianExtension.class)
class ReviewAsyncTest {

    private static final String CONTROLLED = ReviewAsyncService.class.getName() + ".controlled";

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ReviewAsyncService.class, ReviewStages.class, ReviewBox.class,
                ReviewRequestInfo.class, ReviewRequestQuotes.class, ReviewGenericBase.class, ReviewStringDao.class,
                ReviewIntDao.class, ReviewMixed.class, ReviewCounted.class, ReviewCountingInterceptor.class,
                ReviewCountedService.class);
    }

    @Inject
    ReviewAsyncService service;

    @Inject
    ReviewStages stages;

    @Inject
    ReviewRequestQuotes requestQuotes;

    @Inject
    RequestContextController requests;

    @Inject
    ReviewStringDao strings;

    @Inject
    ReviewIntDao ints;

    @Inject
    ReviewMixed mixed;

    @Inject
    Runs runs;

    @Inject
    ReviewCountedService counted;

    @Inject
    Memoizer memoizer;

    @Test
    void joinersOfAnUncopyableValueEachGetAValue() throws Exception {
        CompletableFuture<ReviewBox> leader = service.boxed("B");
        CompletableFuture<ReviewBox> first = service.boxed("B");
        CompletableFuture<ReviewBox> second = service.boxed("B");
        Thread completer = new Thread(() -> stages.stage("boxed:B", 1).complete(new ReviewBox("leader")));
        completer.start();
        completer.join();
        assertEquals("leader", leader.get(5, TimeUnit.SECONDS).items.get(0));
        ReviewBox one = first.get(5, TimeUnit.SECONDS);
        ReviewBox two = second.get(5, TimeUnit.SECONDS);
        System.out.println("REVIEW uncopyable joiners got " + one + " and " + two + ", runs " + runs.of("boxed:B"));
        assertTrue(one.items.get(0).startsWith("B") || one.items.get(0).equals("leader"));
        if (!"false".equals(System.getProperty("dev.memoize.storeByValue"))) {
            assertNotSame(one, two);
        }
    }

    /**
     * The joiners of an uncopyable value re-run the body one after the other on the thread that completes the
     * leader's stage, before the leader's own future completes: the leader (and that thread) wait for all of them.
     */
    @Test
    void joinersReRunningDoNotDelayTheLeaderOrTheCompletingThread() throws Exception {
        CompletableFuture<ReviewBox> leader = service.slowBoxed("L");
        for (int i = 0; i < 3; i++) {
            service.slowBoxed("L");
        }
        long start = System.nanoTime();
        stages.stage("slowBoxed:L", 1).complete(new ReviewBox("leader"));
        long completeMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(leader.isDone(), "the leader's future");
        System.out.println("REVIEW complete() of the leader's stage took " + completeMillis + " ms, runs "
                + runs.of("slowBoxed:L"));
        assertTrue(completeMillis < 400, "complete() on the completing thread ran the joiners' bodies: "
                + completeMillis + " ms");
    }

    /**
     * A joiner of an uncopyable value re-runs the call from the thread that completes the leader's stage, after its
     * own interceptor invocation returned, and after the request that made the call ended: its body uses another
     * request-scoped bean, which an unmemoized call (or a call in the request) would have had.
     */
    @Test
    void afterAValueThatCannotBeCopiedEachCallerInARequestRunsItsOwnBody() throws Exception {
        AtomicReference<CompletableFuture<ReviewBox>> first = new AtomicReference<>();
        inRequest(() -> first.set(requestQuotes.quote("R")));
        stages.stage("rq:R", 1).complete(new ReviewBox("first"));
        assertEquals("first", first.get().get(5, TimeUnit.SECONDS).items.get(0));

        AtomicReference<CompletableFuture<ReviewBox>> one = new AtomicReference<>();
        AtomicReference<CompletableFuture<ReviewBox>> two = new AtomicReference<>();
        inRequest(() -> {
            one.set(requestQuotes.quote("S"));
            two.set(requestQuotes.quote("S"));
        });
        boolean byValue = Boolean.parseBoolean(System.getProperty("dev.memoize.storeByValue", "true"));
        assertEquals(byValue ? 2 : 1, runs.of("rq:S"), byValue
                ? "a ReviewBox cannot be copied: the second call ran its own body, in its request"
                : "by reference, values are shared, so callers still join");
        stages.stage("rq:S", 1).complete(new ReviewBox("one"));
        assertEquals("one", one.get().get(5, TimeUnit.SECONDS).items.get(0));
        String second = two.get().get(5, TimeUnit.SECONDS).items.get(0);
        assertEquals(byValue ? "S for " : "one", byValue ? second.substring(0, 6) : second,
                "the second caller's own body ran in its request (its request-scoped bean answered)");
    }

    private void inRequest(Runnable calls) throws InterruptedException {
        Thread request = new Thread(() -> {
            requests.activate();
            try {
                calls.run();
            } finally {
                requests.deactivate();
            }
        });
        request.start();
        request.join();
    }

    /** The joiners' re-runs proceed again after the interceptor returned: every interceptor inside still runs. */
    @Test
    void aJoinersReRunGoesThroughTheInterceptorsInsideMemoize() throws Exception {
        CompletableFuture<ReviewBox> leader = counted.counted("I");
        CompletableFuture<ReviewBox> first = counted.counted("I");
        CompletableFuture<ReviewBox> second = counted.counted("I");
        stages.stage("counted:I", 1).complete(new ReviewBox("leader"));
        leader.get(5, TimeUnit.SECONDS);
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        System.out.println("REVIEW interceptor inside: body runs " + runs.of("counted:I") + ", inner interceptor "
                + runs.of("inner-interceptor:counted"));
        assertEquals(runs.of("counted:I"), runs.of("inner-interceptor:counted"));
    }

    @Test
    void aMinimalStageIsMemoized() throws Exception {
        CompletionStage<String> leader = service.minimal("M");
        CompletionStage<String> joiner = service.minimal("M");
        stages.stage("minimal:M", 1).complete("M 1");
        assertEquals("M 1", leader.toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals("M 1", joiner.toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals("M 1", service.minimal("M").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(1, runs.of("minimal:M"));
    }

    @Test
    void aBodyReturningNullIsReturnedAndRunsAgain() {
        assertNull(service.nothing("N"));
        assertNull(service.nothing("N"));
        assertEquals(2, runs.of("nothing:N"));
    }

    @Test
    void aBodyThrowingBeforeItsStageThrowsAndRunsAgain() throws Exception {
        assertThrows(IllegalStateException.class, () -> service.throwing("T"));
        assertEquals("T #2", service.throwing("T").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals("T #2", service.throwing("T").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(2, runs.of("throwing:T"));
    }

    @Test
    void anEmptyOptionalIsMemoizedAndDeletable() throws Exception {
        assertEquals(Optional.empty(), service.maybe("O").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), service.maybe("O").toCompletableFuture().get(5, TimeUnit.SECONDS));
        memoizer.deleteMemoized(ReviewAsyncService.class.getName() + ".maybe", "O");
        assertEquals(Optional.of("O #2"), service.maybe("O").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("O #2"), service.maybe("O").toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void anObtrudedValueDoesNotSplitCallers() throws Exception {
        String first = service.obtruding("X").get(5, TimeUnit.SECONDS);
        String hit = service.obtruding("X").get(5, TimeUnit.SECONDS);
        System.out.println("REVIEW obtruding: caller " + first + ", hit " + hit);
        assertEquals(first, hit);
    }

    @Test
    void theCallerNeverGetsTheBodysStage() throws Exception {
        CompletableFuture<String> got = service.exposed("E");
        assertNotSame(stages.returned("exposed:E"), got);
    }

    @Test
    void aStageDeclaredObjectIsNeverMemoized() throws Exception {
        Object first = service.untyped("U");
        Object second = service.untyped("U");
        assertInstanceOf(CompletableFuture.class, second);
        assertEquals(2, runs.of("untyped:U"));
    }

    @Test
    void timeoutZeroRunsEveryTime() throws Exception {
        service.never("Z");
        service.never("Z");
        assertEquals(2, runs.of("never:Z"));
    }

    @Test
    void aGenericBaseNeverMixesResultsOfItsSubclasses() throws Exception {
        assertEquals("string abc", strings.load("abc").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(3, ints.load("abc").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals("string abc", strings.load("abc").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals(3, ints.load("abc").toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void typeLevelMemoizeMemoizesBothShapes() throws Exception {
        assertEquals("a sync #1", mixed.sync("a"));
        assertEquals("a sync #1", mixed.sync("a"));
        assertEquals("a async #1", mixed.async("a").toCompletableFuture().get(5, TimeUnit.SECONDS));
        assertEquals("a async #1", mixed.async("a").toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aProgrammaticCallUnderTheAsyncName() throws Exception {
        String stored = memoizer.function(CONTROLLED).call(() -> "programmatic", "P");
        assertEquals("programmatic", stored);
        assertEquals("programmatic", service.controlled("P").get(5, TimeUnit.SECONDS));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> memoizer.function(CONTROLLED).call(() -> CompletableFuture.completedFuture("x"), "Q"));
        System.out.println("REVIEW programmatic stage refused: " + refused.getMessage());
        CompletableFuture<String> async = service.controlled("Q");
        stages.stage("controlled:Q", 1).complete("Q async");
        assertEquals("Q async", async.get(5, TimeUnit.SECONDS));
        Object read = memoizer.function(CONTROLLED).call(() -> "programmatic Q", "Q");
        System.out.println("REVIEW programmatic read of an async value: " + read);
        assertEquals("Q async", read);
    }

    @Test
    void statisticsOfAsyncCalls() throws Exception {
        MemoizeStatistics before = memoizer.statistics();
        CompletableFuture<String> leader = service.controlled("S");
        CompletableFuture<String> first = service.controlled("S");
        CompletableFuture<String> second = service.controlled("S");
        stages.stage("controlled:S", 1).complete("S 1");
        assertEquals("S 1", second.get(5, TimeUnit.SECONDS));
        assertEquals("S 1", service.controlled("S").get(5, TimeUnit.SECONDS));
        MemoizeStatistics after = memoizer.statistics();
        System.out.println("REVIEW statistics before " + before + " after " + after);
        assertEquals(1, after.hits() - before.hits());
        assertEquals(3, after.misses() - before.misses());
        assertEquals(2, after.singleFlightWaits() - before.singleFlightWaits());
    }

    @Test
    void aJoinerAfterAVerhashDeleteNeverGetsTheOlderStage() throws Exception {
        CompletableFuture<String> leader = service.controlled("V");
        CompletableFuture<String> before = service.controlled("V");
        memoizer.deleteMemoizedVerhash(CONTROLLED);
        CompletableFuture<String> after = service.controlled("V");
        assertEquals(2, runs.of("controlled:V"), "the caller after the delete ran the body");
        stages.stage("controlled:V", 1).complete("V old");
        assertEquals("V old", before.get(5, TimeUnit.SECONDS));
        assertEquals("V #2", after.get(5, TimeUnit.SECONDS));
        assertEquals("V #2", service.controlled("V").get(5, TimeUnit.SECONDS));
    }
}
