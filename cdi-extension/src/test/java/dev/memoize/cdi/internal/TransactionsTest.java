package dev.memoize.cdi.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TransactionsTest {

    private LogCapture log;
    private final FunctionState users = new FunctionState("users", Duration.ofMinutes(1), Long.MAX_VALUE, null, false);
    private final List<Object> stored = new ArrayList<>();

    @BeforeEach
    void listen() {
        log = new LogCapture();
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void withoutJndiThereIsNeverATransactionAndNothingIsLogged() {
        // The Transactions API is on the test class path, JNDI has no initial context: plain Java SE, as in Weld SE.
        Transactions transactions = new Transactions();
        assertNull(transactions.current());
        assertNull(transactions.current());
        assertEquals(List.of(), log.records(), "no JNDI is the normal case outside a server: no message");
    }

    @Test
    void theRegistryIsLookedUpOnceEvenWhenThereIsNone() {
        AtomicInteger lookups = new AtomicInteger();
        Transactions transactions = new Transactions(() -> {
            lookups.incrementAndGet();
            return null;
        });
        assertNull(transactions.current());
        assertNull(transactions.current());
        assertEquals(1, lookups.get());
    }

    @Test
    void aRegistryUnreachableFromOneThreadIsReportedOnceAndLookedUpAgainByTheNextCall() {
        AtomicInteger lookups = new AtomicInteger();
        FakeRegistry registry = new FakeRegistry(Status.STATUS_ACTIVE);
        Transactions transactions = new Transactions(() -> lookups.incrementAndGet() <= 2
                ? new Transactions.Unreachable("no naming context on this thread") : new JtaTransactions(registry));
        assertNull(transactions.current(), "unreachable: as outside a transaction");
        assertNull(transactions.current(), "still unreachable");
        assertEquals(1, log.records().size(), "reported once");
        assertNotNull(transactions.current(), "a thread that reaches it finds the transaction");
        assertNotNull(transactions.current());
        assertEquals(3, lookups.get(), "a registry once found is kept");
    }

    @Test
    void outsideATransactionOrAfterItEndedThereIsNone() {
        for (int status : new int[] {Status.STATUS_NO_TRANSACTION, Status.STATUS_COMMITTED, Status.STATUS_ROLLEDBACK}) {
            FakeRegistry registry = new FakeRegistry(status);
            assertNull(new Transactions(() -> new JtaTransactions(registry)).current(), "status " + status);
            assertEquals(0, registry.synchronizations.size());
        }
    }

    @Test
    void anActiveTransactionGetsOneWorkCompletedByOneSynchronization() throws Exception {
        FakeRegistry registry = new FakeRegistry(Status.STATUS_ACTIVE);
        Transactions transactions = new Transactions(() -> new JtaTransactions(registry));
        TransactionWork work = transactions.current();
        assertSame(work, transactions.current(), "kept as a resource of the transaction");
        assertEquals(1, registry.synchronizations.size());
        work.call(users, "a", () -> "A", stored::add);
        registry.complete(Status.STATUS_COMMITTED);
        assertEquals(List.of("A"), stored);
    }

    @Test
    void onlyACommitWritesThePendingResults() throws Exception {
        for (int status : new int[] {Status.STATUS_ROLLEDBACK, Status.STATUS_UNKNOWN}) {
            FakeRegistry registry = new FakeRegistry(Status.STATUS_ACTIVE);
            TransactionWork work = new Transactions(() -> new JtaTransactions(registry)).current();
            work.call(users, "a", () -> "A", stored::add);
            registry.complete(status);
            assertEquals(List.of(), stored, "status " + status);
        }
    }

    @Test
    void twoRuntimesInOneTransactionKeepTheirOwnWork() {
        FakeRegistry registry = new FakeRegistry(Status.STATUS_ACTIVE);
        TransactionWork first = new Transactions(() -> new JtaTransactions(registry)).current();
        TransactionWork second = new Transactions(() -> new JtaTransactions(registry)).current();
        assertNotSame(first, second);
        assertEquals(2, registry.synchronizations.size());
    }

    @Test
    void aTransactionThatIsNotActiveMemoizesNothing() {
        for (int status : new int[] {Status.STATUS_MARKED_ROLLBACK, Status.STATUS_PREPARING,
                Status.STATUS_COMMITTING, Status.STATUS_ROLLING_BACK, Status.STATUS_UNKNOWN}) {
            FakeRegistry registry = new FakeRegistry(status);
            assertSame(TransactionWork.UNMEMOIZED, new Transactions(() -> new JtaTransactions(registry)).current());
            assertEquals(0, registry.synchronizations.size(), "status " + status);
        }
    }

    @Test
    void aTransactionThatStopsBeingActiveBeforeRegistrationMemoizesNothing() {
        FakeRegistry registry = new FakeRegistry(Status.STATUS_ACTIVE) {
            @Override
            public void registerInterposedSynchronization(Synchronization synchronization) {
                throw new IllegalStateException("marked for rollback meanwhile");
            }
        };
        assertSame(TransactionWork.UNMEMOIZED, new Transactions(() -> new JtaTransactions(registry)).current());
        assertEquals(List.of(), log.records());
    }

    @Test
    void aFailingRegistryMeansUnmemoizedCallsAndOneWarning() {
        FakeRegistry registry = new FakeRegistry(Status.STATUS_ACTIVE) {
            @Override
            public int getTransactionStatus() {
                throw new IllegalStateException("broken");
            }
        };
        Transactions transactions = new Transactions(() -> new JtaTransactions(registry));
        assertSame(TransactionWork.UNMEMOIZED, transactions.current());
        assertSame(TransactionWork.UNMEMOIZED, transactions.current());
        assertEquals(1, log.records().size());
    }

    /** A registry with one transaction in a fixed status. */
    private static class FakeRegistry implements TransactionSynchronizationRegistry {

        final List<Synchronization> synchronizations = new ArrayList<>();
        private final Map<Object, Object> resources = new HashMap<>();
        private final int status;

        FakeRegistry(int status) {
            this.status = status;
        }

        void complete(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
