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
 * JNDI works is logged (once, at {@code INFO}); on a server that happens on threads without the application's
 * naming context, so the lookup is not remembered and other threads find the registry. This class references no type of the Transactions API, so the
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
     * JNDI works but gave no registry, as on a server's thread without the application's naming context (such a
     * thread has no container transaction either): this call runs as outside a transaction, and the next call
     * looks the registry up again. Never remembered, so other threads are not affected.
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

    private final Supplier<Source> lookup;
    private final AtomicBoolean warned = new AtomicBoolean();
    private final AtomicBoolean reportedUnreachable = new AtomicBoolean();
    private volatile Source source;

    /** Transactions of the standard registry, looked up in JNDI at first use. */
    Transactions() {
        this(Transactions::lookUp);
    }

    /**
     * Transactions of the registry that {@code lookup} finds at first use.
     *
     * @param lookup returns the registry's view or {@code null} if there is none (either is kept), or
     *               {@link Unreachable} if it cannot be reached from this thread (asked again next time)
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
        if (current == null) {
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
        if (source != null) {
            return source;
        }
        Source found = lookup.get();
        if (found instanceof Unreachable unreachable) {
            if (reportedUnreachable.compareAndSet(false, true)) {
                Log.noTransactionRegistry(REGISTRY_NAME, unreachable.reason());
            }
            return found;
        }
        source = found == null ? NONE : found;
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
