package dev.memoize.tck.review;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * REVIEW (expected to FAIL): DESIGN.md, "Values and time": a caller never observes another caller's changes to a
 * mutable result, on any storage or path (hit, single-flight waiter, local tier). The library never copies a
 * result: a single-flight waiter receives the leader's instance (every provider), a hit on Caffeine by reference
 * or on Hazelcast's local tier receives the instance another caller got.
 */
@ExtendWith(ArquillianExtension.class)
class MutableResultsReviewTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Shelf.class);
    }

    @Inject
    Shelf shelf;

    @Inject
    Runs runs;

    /**
     * FAILS on Caffeine by value too: the result is stored with replace(key, placeholder, memo), which Caffeine's
     * JCache does not copy, so the cache holds the very list the first caller received and mutates.
     */
    @Test
    void aHitNeverShowsAnotherCallersChangesToTheResult() throws Exception {
        runs.reset();
        ArrayList<String> first = shelf.items("hit");
        first.add("scribbled by the first caller");
        ArrayList<String> second = shelf.items("hit");
        assertEquals(1, runs.of("items:hit"), "precondition: a hit");
        assertEquals(List.of("book"), second, "the second caller is served the first caller's changes");
    }

    /** FAILS on every provider: the waiter gets the leader's very instance. */
    @Test
    void aSingleFlightWaiterNeverSharesTheLeadersInstance() throws Exception {
        runs.reset();
        shelf.holdNext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch leaderMayMutate = new CountDownLatch(1);
            Future<List<String>> leader = pool.submit(() -> {
                ArrayList<String> mine = shelf.items("flight");
                mine.add("scribbled by the leader");
                leaderMayMutate.countDown();
                return mine;
            });
            assertEquals(true, shelf.awaitEntered());
            Future<List<String>> waiter = pool.submit(() -> {
                ArrayList<String> mine = shelf.items("flight");
                leaderMayMutate.await(10, TimeUnit.SECONDS);
                return new ArrayList<>(mine);
            });
            Thread.sleep(300); // the waiter joins the leader's flight
            shelf.release();
            leader.get(10, TimeUnit.SECONDS);
            List<String> seen = waiter.get(10, TimeUnit.SECONDS);
            assertEquals(1, runs.of("items:flight"), "precondition: one run for both");
            assertEquals(List.of("book"), seen, "the waiter observes the leader's changes to its result");
        } finally {
            shelf.release();
            pool.shutdownNow();
        }
    }
}
