package dev.memoize.tck.server.tx;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memoization follows the caller's JTA transaction: what a transaction computes is stored when it commits and
 * never if it rolls back, and a delete inside a transaction that changes the data leaves nothing stale behind.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionsTest {

    /**
     * Runs the held computation and its releaser on threads of their own. Not the common pool: with a single worker
     * (2 cores; from JDK 25 on {@code supplyAsync} uses it however small it is) the releaser would wait behind the
     * computation it is to release.
     */
    private static final Executor OWN_THREAD = task -> new Thread(task, "tx-test").start();

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Balances.class, dev.memoize.tck.values.Pantry.class);
    }

    @Inject
    UserTransaction transaction;

    @Inject
    Balances balances;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aResultComputedInATransactionThatRollsBackIsNotMemoized() throws Exception {
        String account = setUp();
        transaction.begin();
        balances.balance(account);
        balances.balance(account);
        assertEquals(1, runs.of("balance"), "the transaction's own second call uses its pending result");
        transaction.rollback();

        balances.balance(account);
        assertEquals(2, runs.of("balance"), "nothing was memoized by the rolled back transaction");
        balances.balance(account);
        assertEquals(2, runs.of("balance"), "outside a transaction it is memoized as usual");
    }

    @Inject
    dev.memoize.tck.values.Pantry pantry;

    @Test
    void aResultChangedByItsCallerInsideTheTransactionIsNotWhatTheTransactionStoresOrReusesLater() throws Exception {
        runs.reset();
        transaction.begin();
        try {
            java.util.ArrayList<String> first = pantry.list("in-tx");
            first.add("changed before the commit");
            assertEquals(java.util.List.of("apple"), pantry.list("in-tx"),
                    "the transaction's second call sees its first caller's change");
            assertEquals(1, runs.of("list:in-tx"), "precondition: the second call used the pending result");
        } finally {
            transaction.commit();
        }
        assertEquals(java.util.List.of("apple"), pantry.list("in-tx"), "the commit stored the changed result");
        assertEquals(1, runs.of("list:in-tx"), "precondition: a hit after the commit");
    }

    @Test
    void aResultComputedInATransactionIsStoredOnlyWhenItCommits() throws Exception {
        String account = setUp();
        transaction.begin();
        balances.balance(account);
        assertFalse(stored(account), "not in the cache while the transaction is open");
        transaction.commit();

        assertTrue(stored(account), "in the cache once it committed");
        balances.balance(account);
        assertEquals(1, runs.of("balance"));
    }

    @Test
    void aDeleteInsideATransactionLeavesNoStaleValueOnceItCommits() throws Exception {
        String account = setUp();
        balances.set(account, 100);
        assertEquals(100, balances.balance(account));

        transaction.begin();
        balances.set(account, 200);
        memoizer.deleteMemoized(Balances.BALANCE, account);
        // A reader outside the transaction still sees the committed 100 and memoizes it.
        long concurrent = CompletableFuture.supplyAsync(() -> balances.balance(account)).get(30, TimeUnit.SECONDS);
        assertEquals(100, concurrent);
        assertEquals(2, runs.of("balance"), "the concurrent reader ran the body");
        transaction.commit();

        assertEquals(200, balances.balance(account), "the delete was repeated when the transaction committed");
    }

    @Test
    void aCallerInATransactionFollowsAComputationRunningOutsideIt() throws Exception {
        String account = setUp();
        balances.set(account, 7);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        balances.holdNextComputation(entered, release);
        CompletableFuture<Long> outside = CompletableFuture.supplyAsync(() -> balances.balance(account), OWN_THREAD);
        assertTrue(entered.await(30, TimeUnit.SECONDS), "the computation outside started");

        long waitsBefore = memoizer.statistics().singleFlightWaits();
        CompletableFuture.runAsync(() -> { // releases the leader once the caller in the transaction waits for it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (memoizer.statistics().singleFlightWaits() == waitsBefore && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            release.countDown();
        }, OWN_THREAD);
        transaction.begin();
        long inside = balances.balance(account);
        transaction.commit();

        assertEquals(7, inside);
        assertEquals(7, outside.get(30, TimeUnit.SECONDS));
        assertEquals(1, runs.of("balance"), "the caller in the transaction took the running computation's result");
    }

    private String setUp() {
        runs.reset();
        balances.createTable();
        return "account-" + UUID.randomUUID();
    }

    private static boolean stored(String account) {
        return Caches.keys(Balances.BALANCE).stream().anyMatch(key -> key.contains(account));
    }
}
