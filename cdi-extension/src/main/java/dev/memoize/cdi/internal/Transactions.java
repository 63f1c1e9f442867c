package dev.memoize.cdi.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The calling thread's JTA transaction, as memoization needs it: found through the standard
 * {@code TransactionSynchronizationRegistry}, looked up once, at first use, at {@value #REGISTRY_NAME}.
 *
 * <p>Without the Jakarta Transactions API on the class path, without JNDI (plain Java SE: the lookup throws
 * {@code NoInitialContextException}), or without a registry at that name, every thread is outside any
 * transaction and memoization works as if this class did not exist. Only a registry that is missing although
 * JNDI works is logged (once, at {@code INFO}); that lookup is tried again at most once a second, since on a
 * server it fails only on threads without the application's naming context. This class references no type of the Transactions API, so the
 * extension loads without it; {@link JtaTransactions} does, and is loaded only once the API is known to be there.
 *
 * <p>Asked only on a cache miss and in deletes, never on a hit.
 */
final class Transactions {

    /** Where Jakarta EE servers bind the registry. */
    static final String REGISTRY_NAME = "java:comp/TransactionSynchronizationRegistry";

    /** The registry's type, whose presence tells whether the Transactions API is on the class path. */
    static final String REGISTRY_TYPE = "jakarta.transaction.TransactionSynchronizationRegistry";

    /** The calling thread's transaction as one registry reports it. */
    interface Source {

        /**
         * The work of the calling thread's transaction, or {@code null} outside a transaction.
         *
         * @return {@code null} outside a transaction; {@link TransactionWork#UNMEMOIZED} for a transaction that
         *         is not active; otherwise the active transaction's work, registered for its completion
         */
        TransactionWork current();
    }

    /**
     * JNDI works but gave no registry, as on a server's thread without the application's naming context: no
     * transaction for now, and the lookup is tried again at most once every {@link #RETRY_NANOS}.
     *
     * @param reason what the lookup found or threw
     */
    record Unreachable(Object reason) implements Source {

        @Override
        public TransactionWork current() {
            return null;
        }
    }

    /** No registry: never in a transaction. */
    private static final Source NONE = () -> null;

    private static final long RETRY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    private final Supplier<Source> lookup;
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile Source source;
    private volatile long retryAt;
    private boolean reportedUnreachable;

    /** Transactions of the standard registry, looked up in JNDI at first use. */
    Transactions() {
        this(Transactions::lookUp);
    }

    /**
     * Transactions of the registry that {@code lookup} finds at first use.
     *
     * @param lookup returns the registry's view, {@code null} if there is none (called once), or
     *               {@link Unreachable} if it cannot be reached now (called again a second later)
     */
    Transactions(Supplier<Source> lookup) {
        this.lookup = lookup;
    }

    /**
     * The work of the calling thread's transaction.
     *
     * @return {@code null} outside a transaction or after it ended (always, without a registry);
     *         {@link TransactionWork#UNMEMOIZED} for a transaction that is not active (marked for rollback,
     *         preparing, committing) or a registry that fails; otherwise the active transaction's work
     */
    TransactionWork current() {
        Source current = source;
        if (current == null || current instanceof Unreachable && System.nanoTime() - retryAt >= 0) {
            current = resolve();
        }
        try {
            return current.current();
        } catch (RuntimeException failure) {
            if (warned.compareAndSet(false, true)) {
                Log.transactionStatusFailure(failure);
            }
            return TransactionWork.UNMEMOIZED;
        }
    }

    private synchronized Source resolve() {
        Source current = source;
        if (current == null || current instanceof Unreachable && System.nanoTime() - retryAt >= 0) {
            Source found = lookup.get();
            if (found instanceof Unreachable unreachable) {
                retryAt = System.nanoTime() + RETRY_NANOS;
                if (!reportedUnreachable) {
                    reportedUnreachable = true;
                    Log.noTransactionRegistry(REGISTRY_NAME, unreachable.reason());
                }
            }
            source = found == null ? NONE : found;
        }
        return source;
    }

    /** The standard registry's view, or {@code null} without the Transactions API, JNDI or a registry. */
    private static Source lookUp() {
        try {
            Class.forName(REGISTRY_TYPE, false, Transactions.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError noTransactionsApi) {
            return null;
        }
        try {
            return JtaTransactions.lookUp(REGISTRY_NAME);
        } catch (LinkageError noJndi) { // a Java runtime without the java.naming module
            return null;
        }
    }
}
