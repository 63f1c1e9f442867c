package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TransactionWorkTest {

    private final FunctionState users = new FunctionState("users", Duration.ofMinutes(1), Long.MAX_VALUE, null, false);
    private final FunctionState orders = new FunctionState("orders", Duration.ofMinutes(1), Long.MAX_VALUE, null, false);
    private final List<String> effects = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    private Object call(TransactionWork work, FunctionState function, String key) throws Exception {
        return work.call(function, key, () -> key + "#" + runs.incrementAndGet(),
                result -> effects.add("store " + result));
    }

    @Test
    void aResultIsStoredOnlyAfterCommitAndReusedInTheTransaction() throws Exception {
        TransactionWork work = new TransactionWork();
        assertEquals("a#1", call(work, users, "a"));
        assertEquals("a#1", call(work, users, "a"), "the pending result, without running the body again");
        assertEquals(List.of(), effects, "nothing is written before the commit");
        work.afterCompletion(true);
        assertEquals(List.of("store a#1"), effects);
        work.afterCompletion(true);
        assertEquals(List.of("store a#1"), effects, "completed once");
    }

    @Test
    void aRolledBackResultIsNeverStored() throws Exception {
        TransactionWork work = new TransactionWork();
        call(work, users, "a");
        work.afterCompletion(false);
        assertEquals(List.of(), effects);
    }

    @Test
    void aFailingBodyLeavesNothingPending() throws Exception {
        TransactionWork work = new TransactionWork();
        assertThrows(IllegalStateException.class, () -> work.call(users, "a", () -> {
            throw new IllegalStateException("body failed");
        }, result -> effects.add("store " + result)));
        assertEquals("a#1", call(work, users, "a"), "the next call runs the body");
        work.afterCompletion(true);
        assertEquals(List.of("store a#1"), effects);
    }

    @Test
    void aDeleteOfTheFunctionDropsItsPendingResultsAndIsRepeatedBeforeTheWrites() throws Exception {
        TransactionWork work = new TransactionWork();
        call(work, users, "a");
        call(work, users, "b");
        call(work, orders, "c");
        work.deleted(users, null, "deleteMemoized(\"users\")", () -> effects.add("delete users"));
        assertEquals("a#4", call(work, users, "a"), "computed again after the delete");
        work.afterCompletion(true);
        assertEquals(List.of("delete users", "store c#3", "store a#4"), effects);
    }

    @Test
    void aDeleteOfOneKeyDropsOnlyThatPendingResult() throws Exception {
        TransactionWork work = new TransactionWork();
        call(work, users, "a");
        call(work, users, "b");
        work.deleted(users, "a", "deleteMemoized(\"users\", ...)", () -> effects.add("delete a"));
        work.afterCompletion(true);
        assertEquals(List.of("delete a", "store b#2"), effects);
    }

    @Test
    void deletesAreRepeatedOnRollbackToo() throws Exception {
        TransactionWork work = new TransactionWork();
        call(work, users, "a");
        work.deleted(users, "b", "deleteMemoized(\"users\", ...)", () -> effects.add("delete b"));
        work.afterCompletion(false);
        assertEquals(List.of("delete b"), effects);
    }

    @Test
    void theSameDeleteMadeTwiceIsRepeatedOnceAndOtherKeysEachOnce() {
        TransactionWork work = new TransactionWork();
        work.deleted(users, "a", "deleteMemoized(\"users\", ...)", () -> effects.add("delete a"));
        work.deleted(users, "a", "deleteMemoized(\"users\", ...)", () -> effects.add("delete a again"));
        work.deleted(users, "b", "deleteMemoized(\"users\", ...)", () -> effects.add("delete b"));
        work.afterCompletion(true);
        assertEquals(List.of("delete a", "delete b"), effects);
    }

    @Test
    void failuresAtCompletionAreNotThrownAndDoNotStopTheRest() throws Exception {
        TransactionWork work = new TransactionWork();
        work.call(users, "a", () -> "a", result -> {
            throw new IllegalStateException("cache down");
        });
        call(work, users, "b");
        work.deleted(orders, null, "deleteMemoized(\"orders\")", () -> {
            throw new IllegalStateException("cache down");
        });
        work.afterCompletion(true);
        assertEquals(List.of("store b#1"), effects);
    }

    @Test
    void afterCompletionNothingIsHeldAnyMore() throws Exception {
        TransactionWork work = new TransactionWork();
        work.afterCompletion(true);
        assertEquals("a#1", call(work, users, "a"));
        assertEquals("a#2", call(work, users, "a"));
        work.deleted(users, null, "deleteMemoized(\"users\")", () -> effects.add("delete users"));
        work.afterCompletion(true);
        assertEquals(List.of(), effects);
    }

    @Test
    void theUnmemoizedWorkRunsTheBodyEveryTimeAndRepeatsNothing() throws Exception {
        TransactionWork work = TransactionWork.UNMEMOIZED;
        assertEquals("a#1", call(work, users, "a"));
        assertEquals("a#2", call(work, users, "a"));
        work.deleted(users, null, "deleteMemoized(\"users\")", () -> effects.add("delete users"));
        work.afterCompletion(true);
        assertEquals(List.of(), effects);
    }
}
