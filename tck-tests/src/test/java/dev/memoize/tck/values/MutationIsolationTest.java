package dev.memoize.tck.values;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.values.Pantry.Basket;
import dev.memoize.tck.values.Pantry.Page;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caller never observes another caller's changes to a mutable result (DESIGN.md, "Values"), on every path: a hit,
 * a caller that waited for another's computation, and (on a distributed cache) the local tier that serves repeated
 * hits without a round trip. Each scenario mutates what it got and asserts that the next caller, served from the
 * cache (the body ran once), gets the original.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine-by-reference",
        disabledReason = "storeByValue=false shares every result on purpose (SharedByReferenceTest)")
class MutationIsolationTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Pantry.class);
    }

    @Inject
    Pantry pantry;

    @Inject
    Runs runs;

    @Inject
    Memoizer memoizer;

    @Test
    void aListChangedByOneCallerIsNotWhatTheNextCallersGet() throws Exception {
        runs.reset();
        // The first call computes, the second is read from the cache, the later ones (on a distributed cache) from
        // this JVM's local tier: each caller scribbles on what it got.
        for (int call = 0; call < 5; call++) {
            ArrayList<String> items = pantry.list("hit");
            assertEquals(List.of("apple"), items, "call " + call + " sees an earlier caller's change");
            items.add("scribble " + call);
            items.set(0, "eaten");
        }
        assertEquals(1, runs.of("list:hit"), "precondition: the later calls were hits");
    }

    @Test
    void nestedCollectionsArrayAndApplicationObjectsAreCopiedDeeply() {
        runs.reset();
        for (int call = 0; call < 4; call++) {
            Map<String, List<String>> nested = pantry.nested("n");
            assertEquals(Map.of("fruit", List.of("apple")), nested, "call " + call);
            nested.get("fruit").add("scribble");
            nested.put("other", new ArrayList<>());

            Basket basket = pantry.basket("b");
            assertEquals(List.of("apple"), basket.fruit, "call " + call);
            basket.fruit.clear();

            int[] counts = pantry.counts("c");
            assertArrayEquals(new int[] {1, 2, 3}, counts, "call " + call);
            counts[0] = 99;

            Page page = pantry.page("p");
            assertEquals(List.of("row"), page.rows(), "call " + call + ": a record's mutable component is copied too");
            page.rows().add("scribble");
        }
        assertEquals(1, runs.of("nested:n"));
        assertEquals(1, runs.of("basket:b"));
        assertEquals(1, runs.of("counts:c"));
        assertEquals(1, runs.of("page:p"));
    }

    @Test
    void aRecordIsJudgedByItsFieldsNotByAccessorsThatCopy() {
        runs.reset();
        for (int call = 0; call < 4; call++) {
            Pantry.Account account = pantry.account("a");
            assertEquals(List.of("ada"), account.owners(), "call " + call + " sees an earlier caller's change");
            account.addOwner("mallory " + call);
        }
        assertEquals(1, runs.of("account:a"), "precondition: the later calls were hits");
    }

    @Test
    void aResultWhoseCopyFailsIsReturnedAndNotMemoized() {
        runs.reset();
        for (int call = 0; call < 2; call++) {
            assertEquals(List.of("secret"), pantry.guarded("g").items, "a writeObject that throws fails the call");
            assertNotNull(pantry.chain("c").next, "a chain too deep to serialize fails the call");
        }
        assertEquals(2, runs.of("guarded:g"), "nothing was memoized");
        assertEquals(2, runs.of("chain:c"), "nothing was memoized");
    }

    @Test
    void callersThatWaitedForOneComputationEachGetTheirOwnResult() throws Exception {
        runs.reset();
        long waitsBefore = memoizer.statistics().singleFlightWaits();
        pantry.holdNext();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<ArrayList<String>> leader = pool.submit(() -> pantry.list("flight"));
            assertTrue(pantry.awaitEntered(), "precondition: the leader computes");
            Future<ArrayList<String>> waiter1 = pool.submit(() -> pantry.list("flight"));
            Future<ArrayList<String>> waiter2 = pool.submit(() -> pantry.list("flight"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (memoizer.statistics().singleFlightWaits() < waitsBefore + 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(waitsBefore + 2, memoizer.statistics().singleFlightWaits(), "precondition: two callers wait");
            pantry.release();
            ArrayList<String> first = leader.get(10, TimeUnit.SECONDS);
            first.add("the leader's caller scribbles at once");
            ArrayList<String> second = waiter1.get(10, TimeUnit.SECONDS);
            ArrayList<String> third = waiter2.get(10, TimeUnit.SECONDS);
            assertEquals(1, runs.of("list:flight"), "precondition: one computation for the three callers");
            assertNotSame(second, third, "two waiters were handed one instance");
            assertNotSame(first, second, "a waiter was handed the leader's instance");
            assertEquals(List.of("apple"), second);
            second.add("the first waiter scribbles");
            assertEquals(List.of("apple"), third, "a waiter sees another caller's change");
            assertEquals(List.of("apple"), pantry.list("flight"), "the memoized result changed");
        } finally {
            pantry.release();
            pool.shutdownNow();
        }
    }
}
