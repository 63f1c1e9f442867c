package dev.memoize.cdi.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

/**
 * The calling thread's transaction as a {@link TransactionSynchronizationRegistry} reports it. The only class
 * that references the Transactions API; {@link Transactions} loads it only when that API is on the class path.
 *
 * <p>Each active transaction gets one {@link TransactionWork} of this runtime, kept as a resource of the
 * transaction (under this object, unique to the runtime) and completed by an interposed synchronization: it
 * writes its pending results only if the status is {@code STATUS_COMMITTED}.
 */
final class JtaTransactions implements Transactions.Source {

    private final TransactionSynchronizationRegistry registry;

    JtaTransactions(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Looks up the registry in JNDI.
     *
     * @param name the registry's JNDI name
     * @return its view; {@code null} if there is no JNDI at all; {@link Transactions.Unreachable} if JNDI has no
     *         registry at that name, for example on a thread without the application's naming context
     */
    static Transactions.Source lookUp(String name) {
        InitialContext context = null;
        try {
            context = new InitialContext();
            Object found = context.lookup(name);
            if (found instanceof TransactionSynchronizationRegistry registry) {
                return new JtaTransactions(registry);
            }
            return new Transactions.Unreachable(found == null ? "nothing bound" : "found a " + found.getClass().getName());
        } catch (NoInitialContextException noJndi) {
            return null; // plain Java SE: no naming service, so no transaction manager either
        } catch (NamingException | RuntimeException notFound) {
            return new Transactions.Unreachable(notFound);
        } finally {
            close(context);
        }
    }

    private static void close(InitialContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException ignored) {
                // nothing to release
            }
        }
    }

    /**
     * {@inheritDoc} A transaction that has ended (its synchronizations run with the thread still associated with
     * it, for example {@code AFTER_SUCCESS} observers) counts as none: its data is committed, or rolled back.
     */
    @Override
    public TransactionWork current() {
        int status = registry.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION || status == Status.STATUS_COMMITTED
                || status == Status.STATUS_ROLLEDBACK) {
            return null;
        }
        if (status != Status.STATUS_ACTIVE) {
            return TransactionWork.UNMEMOIZED;
        }
        if (registry.getResource(this) instanceof TransactionWork work) {
            return work;
        }
        TransactionWork work = new TransactionWork();
        try {
            registry.registerInterposedSynchronization(new Completion(work));
        } catch (IllegalStateException noLongerActive) {
            return TransactionWork.UNMEMOIZED; // marked for rollback or completing since the status was read
        }
        registry.putResource(this, work);
        return work;
    }

    @Override
    public String toString() {
        return "Memoize transaction work";
    }

    /** Completes one transaction's work. */
    private record Completion(TransactionWork work) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            work.afterCompletion(status == Status.STATUS_COMMITTED);
        }
    }
}
