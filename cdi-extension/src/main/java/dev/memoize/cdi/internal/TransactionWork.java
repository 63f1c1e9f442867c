package dev.memoize.cdi.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one memoization runtime did inside one JTA transaction: the results computed in it, held back until the
 * transaction commits, and the deletes made in it, repeated when it ends. Knows nothing of JTA itself (see
 * {@link JtaTransactions}), so its decisions are testable without a transaction manager.
 *
 * <p>The contract:
 * <ul>
 *   <li>A result computed in the transaction is returned at once but written to the cache only after the
 *       transaction committed, through the normal protocol with the version and the entry observed before the
 *       body ran: a delete made by anyone in between wins, as it does over any slow computation. On rollback it
 *       is dropped.</li>
 *   <li>A later call of the same key in the same transaction gets that pending result without running the body.</li>
 *   <li>A delete in the transaction drops the transaction's pending results of that function (or of that key),
 *       and is repeated when the transaction ends, whatever the outcome, before the pending writes: this wipes a
 *       value that a caller outside the transaction memoized from the old data while the transaction was open.</li>
 *   <li>Nothing done at completion throws: a repeated delete that fails (it throws {@code DeleteFailedException},
 *       already counted) is logged at {@code ERROR}; a store's cache failures are counted and logged by the store
 *       itself, and anything else it throws is logged.</li>
 * </ul>
 *
 * <p>Thread-safe: a transaction may complete on another thread than the one that ran it.
 */
final class TransactionWork {

    /**
     * The work of a transaction that can no longer commit, or no longer take part (marked for rollback,
     * completing): bodies run every time, nothing is memoized and nothing is repeated.
     */
    static final TransactionWork UNMEMOIZED = new TransactionWork(false);

    /** A result computed in the transaction, as kept for its later calls, and the write that stores it after commit. */
    private record Pending(FunctionState function, Object kept, Keeping keeping, Consumer<Object> store) {
    }

    /**
     * How a result is kept until the transaction's later calls and its commit: in a form made at once, so that
     * what the first caller does with its result later changes neither (a copy of a mutable result).
     */
    interface Keeping {

        /** Shares the result itself. */
        Keeping SHARE = new Keeping() {
            @Override
            public Object keep(Object result) {
                return result;
            }

            @Override
            public Object handOut(Object kept) {
                return kept;
            }
        };

        /** The form kept, made when the body returned. */
        Object keep(Object result);

        /** A result for one later use (a call of the same key, the store after commit) from the kept form. */
        Object handOut(Object kept) throws Exception;
    }

    /** A delete made in the transaction and the action that repeats it. */
    private record Delete(String description, Runnable repeat) {
    }

    private final Map<Object, Pending> pending = new LinkedHashMap<>();
    /** By function, call and key: the same delete made twice in one transaction is repeated once. */
    private final Map<String, Delete> deletes = new LinkedHashMap<>();
    private boolean open;

    /** The work of an active transaction, open until {@link #afterCompletion(boolean)}. */
    TransactionWork() {
        this(true);
    }

    private TransactionWork(boolean open) {
        this.open = open;
    }

    /**
     * Returns the result of a call of {@code key} that missed the cache: the result this transaction already
     * computed for that key, or else the body's, which {@code store} writes if the transaction commits.
     *
     * @param function the called function
     * @param key the call's key
     * @param body the method body
     * @param store writes a result through the normal protocol, with the state observed before the body ran
     * @return the result
     * @throws Exception what the body throws (then nothing is held)
     */
    Object call(FunctionState function, Object key, SingleFlight.Computation body, Consumer<Object> store)
            throws Exception {
        return call(function, key, body, Keeping.SHARE, store);
    }

    /**
     * As {@link #call(FunctionState, String, SingleFlight.Computation, Consumer)}, keeping the result as
     * {@code keeping} says: a later call of the key and the store after commit each get their own result from
     * the kept form. A result that {@code keeping} cannot keep ({@link Values#UNCOPYABLE}) is returned and not memoized.
     */
    Object call(FunctionState function, Object key, SingleFlight.Computation body, Keeping keeping,
                Consumer<Object> store) throws Exception {
        Pending held;
        synchronized (this) {
            held = open ? pending.get(key) : null;
        }
        if (held != null) {
            return held.keeping().handOut(held.kept());
        }
        Object result = body.run();
        Object kept = keeping.keep(result);
        if (kept != Values.UNCOPYABLE) {
            synchronized (this) {
                if (open) {
                    pending.put(key, new Pending(function, kept, keeping, store));
                }
            }
        }
        return result;
    }

    /**
     * Records a delete made in this transaction: drops the pending results it covers and repeats it when the
     * transaction ends (once, however often the transaction made it).
     *
     * @param function the function deleted from
     * @param key the deleted key, or {@code null} for every result of the function
     * @param description the delete as the application called it, for messages
     * @param repeat does the same delete again
     */
    synchronized void deleted(FunctionState function, Object key, String description, Runnable repeat) {
        if (!open) {
            return;
        }
        if (key == null) {
            pending.values().removeIf(held -> held.function() == function);
        } else {
            pending.remove(key);
        }
        deletes.putIfAbsent(function.name() + '\u0000' + description + '\u0000' + key, new Delete(description, repeat));
    }

    /**
     * Called once the transaction ended: repeats its deletes, then, if it committed, writes its pending results.
     * Never throws.
     *
     * @param committed whether the transaction committed
     */
    void afterCompletion(boolean committed) {
        List<Delete> repeats;
        List<Pending> writes;
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
            repeats = List.copyOf(deletes.values());
            writes = committed ? List.copyOf(pending.values()) : List.of();
            deletes.clear();
            pending.clear();
        }
        for (Delete delete : repeats) {
            try {
                delete.repeat().run();
            } catch (RuntimeException failure) {
                Log.deleteFailure("repeating " + delete.description() + " at the end of a transaction", failure);
            }
        }
        for (Pending write : writes) {
            try {
                write.store().accept(write.keeping().handOut(write.kept()));
            } catch (Exception failure) {
                Log.afterCompletionFailure("storing a result of " + write.function().name(), failure);
            }
        }
    }
}
