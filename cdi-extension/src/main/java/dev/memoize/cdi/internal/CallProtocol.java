package dev.memoize.cdi.internal;

import dev.memoize.spi.MemoCache;
import dev.memoize.spi.MemoStorage;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * The read, compute and store protocol of one call, on standard cache operations only.
 *
 * <p>A hit needs the function's current version and an unexpired memo of that version, of the method's result
 * type. On a miss, the caller (the single-flight leader) observes the function's single-delete counter and then
 * the entry, runs the body, and stores in three steps: a placeholder over exactly the entry it observed
 * ({@code putIfAbsent}, or {@code replace} of what it read), a second read of the counter, then the result over its
 * own placeholder ({@code replace}). A whole-function delete changes the version, so a result of the old one is
 * never a hit. A single-entry delete changes the counter, then removes the entry: a computation that began before
 * it either finds the counter changed and withdraws its placeholder, or wrote its placeholder before the removal,
 * which the removal wipes, so its final {@code replace} fails. Neither depends on an entry the cache may evict.
 *
 * <p>Results pass between callers as {@link Values} says: the caller that computed a result gets it as its method
 * returned it; every other caller (a hit, a waiter of the flight, a later call of the transaction) gets the shared
 * result or its own copy.
 *
 * <p>A miss inside a JTA transaction follows a computation running outside it (committed data, like a hit), but
 * never leads one: it is handed to the transaction's {@link TransactionWork}, computed alone and stored only after
 * the commit, by the same protocol with what it observed before the body ran.
 */
final class CallProtocol {

    /** What {@link #decode} returns for a memo that is a miss after all. */
    static final Object UNREADABLE = new Object();

    /** What a computation saw before its body ran: the function's records, the entry, and when. */
    record Observation(long version, long singles, Object stored, LocalTier.Check check) {
    }

    private final MemoStorage storage;
    private final boolean distributed;
    private final Values values;
    private final Clock clock;
    private final Records records;
    private final CacheFailures failures;
    private final SingleFlight flights;
    private final ClusterClaim claims;
    private final Transactions transactions;

    CallProtocol(MemoStorage storage, boolean distributed, Values values, Clock clock, Records records,
                 CacheFailures failures, SingleFlight flights, ClusterClaim claims, Transactions transactions) {
        this.storage = storage;
        this.distributed = distributed;
        this.values = values;
        this.clock = clock;
        this.records = records;
        this.failures = failures;
        this.flights = flights;
        this.claims = claims;
        this.transactions = transactions;
    }

    /** Returns the memoized result under {@code key}, or runs {@code body} and memoizes its result. */
    Object call(Plan plan, Object key, SingleFlight.Computation body) throws Exception {
        return call(plan, key, body, true);
    }

    /** As {@link #call(Plan, Object, SingleFlight.Computation)}; {@code counted} is false for a call started over. */
    private Object call(Plan plan, Object key, SingleFlight.Computation body, boolean counted) throws Exception {
        Object found = lookup(plan, key, counted);
        if (!(found instanceof Miss miss)) {
            return found;
        }
        if (miss.uncached()) {
            return body.run();
        }
        return compute(plan, miss.cache(), key, miss.version(), miss.singles(), miss.check(), miss.observedEntry(),
                body);
    }

    /**
     * What a computation of a missed key starts from: the function's cache, the records and the entry it observed.
     * {@link #UNCACHED} when the cache failed: the call runs its body uncached.
     */
    record Miss(MemoCache cache, long version, long singles, LocalTier.Check check, long observedEntry) {

        boolean uncached() {
            return cache == null;
        }
    }

    /** A miss whose cache failed (already counted and logged): the call runs uncached. */
    static final Miss UNCACHED = new Miss(null, 0L, 0L, null, 0L);

    /**
     * Reads the memoized result under {@code key}: the result (a hit), or a {@link Miss} to compute from, counted as
     * such unless {@code counted} is false (a call that starts over is counted once). Creates the function's records
     * on the first miss. Never a user's value: {@code Miss} is internal.
     */
    Object lookup(Plan plan, Object key, boolean counted) {
        FunctionState function = plan.function();
        LocalTier local = function.local();
        LocalTier.Check check = null;
        if (local != null) {
            check = local.trustedCheck();
            if (check == null) {
                try {
                    long start = System.nanoTime();
                    check = local.trust(records.version(function), records.singles(function), start);
                } catch (RuntimeException failure) {
                    failures.record("read", function.name(), failure);
                    if (counted) {
                        function.metrics().misses.increment();
                    }
                    return UNCACHED;
                }
            }
            Memo held = local.get(key, check, clock.millis());
            if (held != null) {
                Object result = decode(plan, held);
                if (result != UNREADABLE) {
                    if (counted) {
                        function.metrics().hits.increment();
                    }
                    return result;
                }
                local.forget(key);
            }
        }
        MemoCache cache;
        long version;
        Object stored;
        try {
            cache = function.cache(storage);
            version = check != null ? check.version() : records.version(function);
            stored = cache.peek(key);
        } catch (RuntimeException failure) {
            failures.record("read", function.name(), failure);
            if (counted) {
                function.metrics().misses.increment();
            }
            return UNCACHED;
        }
        Memo memo = read(stored);
        if (version != 0L && memo != null && memo.isHit(version, clock.millis())) {
            Object result = decode(plan, memo);
            if (result != UNREADABLE) {
                if (counted) {
                    function.metrics().hits.increment();
                }
                if (local != null) {
                    local.hold(key, heldLocally(memo, result), version, check);
                }
                return result;
            }
        }
        if (counted) {
            function.metrics().misses.increment();
        }
        if (version == 0L) {
            try {
                // Without a version record, create one before computing: a verhash delete that follows must be
                // visible to later callers as a different version (and a different flight).
                version = records.ensureVersion(function);
                if (local != null) {
                    local.distrust();
                }
            } catch (RuntimeException failure) {
                failures.record("version write", function.name(), failure);
                return UNCACHED;
            }
        }
        long singles;
        try {
            singles = check != null ? check.singles() : records.singles(function);
            if (singles == 0L) {
                // Like the version, the counter exists before anything is computed: a computation never observes
                // "no counter", which a delete's counter, once evicted, would look like again.
                singles = records.ensureSingles(function);
                if (local != null) {
                    local.distrust();
                }
            }
        } catch (RuntimeException failure) {
            failures.record("read", function.name(), failure);
            return UNCACHED;
        }
        // A placeholder is a computation storing its result: a caller that sees it joins that computation's flight
        // if it still runs, as one that saw nothing would (a delete changes the counter, so never after a delete).
        long observedEntry = stored == null || memo != null && memo.isPending() ? 0L
                : memo != null ? memo.id() : stored.hashCode();
        return new Miss(cache, version, singles, check, observedEntry);
    }

    /**
     * Computes a missed key, in a flight of callers that observed the same version, single-delete counter and
     * entry: a caller that began after a delete never joins a computation that began before it, even where the
     * delete left no trace in the entry (a removed or evicted entry looks like one never written).
     */
    private Object compute(Plan plan, MemoCache cache, Object key, long version, long singles, LocalTier.Check check,
                           long observedEntry, SingleFlight.Computation body) throws Exception {
        String name = plan.function().name();
        SingleFlight.FlightKey flight = new SingleFlight.FlightKey(key, version, singles, observedEntry);
        TransactionWork transaction = transactions.current();
        if (transaction != null) {
            Object led = flights.follow(flight, name);
            if (led instanceof SingleFlight.Joined joined) {
                Object result = decode(plan, joined.shared());
                if (result != UNREADABLE) {
                    return result;
                }
            }
            Observation seen;
            try {
                seen = observe(cache, key, version, singles, check);
            } catch (RuntimeException failure) {
                failures.record("read", name, failure);
                return body.run();
            }
            // Timed without its store, which waits for the commit.
            return transaction.call(plan.function(), key, timed(plan.function(), body), keeping(plan),
                    result -> store(plan, cache, key, seen, result));
        }
        Object result = flights.run(flight, name,
                () -> computeAndStore(plan, cache, key, version, singles, check, body));
        if (result instanceof SingleFlight.Joined joined) {
            // A waiter: its own result from the leader's (a copy where results are copied).
            Object copy = decode(plan, joined.shared());
            return copy != UNREADABLE ? copy : call(plan, key, body, false);
        }
        if (result == SingleFlight.REENTRANT) {
            // This thread leads this very computation: a method calling itself with the same key runs at once,
            // unmemoized, and the outermost computation stores its result, as the method's callers would see it.
            return body.run();
        }
        return result == SingleFlight.RETRY ? call(plan, key, body, false) : result;
    }

    private SingleFlight.Outcome computeAndStore(Plan plan, MemoCache cache, Object key, long version, long singles,
                                                 LocalTier.Check check, SingleFlight.Computation body)
            throws Exception {
        FunctionState function = plan.function();
        boolean clusterWide = plan.clusterSingleFlight() && distributed && !claims.heldByCurrentThread(key);
        boolean claimed = false;
        try {
            while (true) {
                Observation seen;
                try {
                    // A flight that finished between this caller's read and its flight may have stored the result.
                    seen = observe(cache, key, version, singles, check);
                } catch (RuntimeException failure) {
                    failures.record("read", function.name(), failure);
                    return unstored(body.run());
                }
                Memo current = read(seen.stored());
                if (current != null && current.isHit(version, clock.millis())) {
                    Object result = decode(plan, current);
                    if (result != UNREADABLE) {
                        return new SingleFlight.Outcome(result, heldLocally(current, result));
                    }
                }
                if (!clusterWide || claimed) {
                    long start = System.nanoTime();
                    Object result = body.run();
                    Memo shared = store(plan, cache, key, seen, result);
                    function.metrics().missTimes.record(System.nanoTime() - start);
                    return new SingleFlight.Outcome(result, shared);
                }
                try {
                    claimed = claims.claim(cache, key);
                } catch (RuntimeException failure) {
                    failures.record("claim", function.name(), failure);
                    clusterWide = false;
                    continue;
                }
                if (!claimed) {
                    Thread.sleep(ClusterClaim.POLL_MILLIS); // another member computes: wait for its result or its lease
                }
            }
        } finally {
            if (claimed) {
                claims.release(cache, key, function.name());
            }
        }
    }

    /** Records a failed read of the cache for {@code plan}'s function (rethrows in strict mode). */
    void readFailed(Plan plan, RuntimeException failure) {
        failures.record("read", plan.function().name(), failure);
    }

    /** The memo an observation holds if it is already a hit of the observed version, else {@code null}. */
    Memo hitIn(Observation seen) {
        Memo memo = read(seen.stored());
        return memo != null && memo.isHit(seen.version(), clock.millis()) ? memo : null;
    }

    /** Reads the entry, after the single-delete counter was read: the order the store's check relies on. */
    static Observation observe(MemoCache cache, Object key, long version, long singles, LocalTier.Check check) {
        return new Observation(version, singles, cache.get(key), check);
    }

    /**
     * Writes a result computed under what {@code seen} holds, unless a delete (or another write) happened since:
     * a placeholder over the observed entry, a check of the single-delete counter, then the result over the
     * placeholder. The result's held form is made first, before its caller can change it.
     *
     * @return the memo other callers of this computation take their result from, or {@code null} if the result
     *         can be neither shared nor copied (it is not memoized)
     */
    Memo store(Plan plan, MemoCache cache, Object key, Observation seen, Object result) {
        FunctionState function = plan.function();
        if (unwrapped(result) instanceof Future<?> || unwrapped(result) instanceof CompletionStage<?>) {
            // A computation, not a value (a method declared to return Object): every later caller would get it.
            function.metrics().notMemoized.increment();
            plan.warnPending(unwrapped(result).getClass());
            return null;
        }
        long expiresAt = function.expiresAt(clock.millis());
        Memo computed = Memo.of(seen.version(), expiresAt, result);
        Memo held;
        Object placeholder;
        Object stored;
        try {
            if (distributed || cache.copiesValues()) {
                // A distributed cache, or a local one configured to store by value, gets the memo's bytes: it copies
                // them with no class of the library or the application in its way (nor in a deserialization
                // filter's), and compares them by content in its conditional replace.
                byte[] bytes = computed.toBytes();
                stored = encoded(bytes, cache);
                held = values.shares(unwrapped(result)) ? computed : values.heldAfterRead(Memo.fromBytes(bytes), result);
                placeholder = encoded(Memo.pending().toBytes(), cache);
            } else {
                held = computed.held(values);
                if (held == null) {
                    function.metrics().notMemoized.increment();
                    plan.warnUncopyable(unwrapped(result).getClass(), () -> values.whyUncopyable(unwrapped(result)));
                    return null;
                }
                stored = held;
                placeholder = Memo.pending();
            }
        } catch (IOException | RuntimeException | StackOverflowError uncopyable) {
            // Serialization failed (a class that is not Serializable, a writeObject that throws, a graph too deep):
            // the caller still gets its result, unmemoized.
            function.metrics().notMemoized.increment();
            plan.warnUncopyable(unwrapped(result).getClass(), () -> uncopyable, distributed || cache.copiesValues());
            return null;
        }
        try {
            boolean placed = seen.stored() == null
                    ? cache.putIfAbsent(key, placeholder) : cache.replace(key, seen.stored(), placeholder);
            if (!placed) {
                // A delete or another computation came first. A tombstone holds no result: it is what a computation
                // that began before a delete left when it withdrew, after this one looked. This computation may take
                // its place (the counter check below still catches any delete since it began): else the first
                // computation after a delete would not be memoized whenever an older one was still running.
                Object now = cache.get(key);
                Memo current = read(now);
                if (current == null || !current.isTombstone() || !cache.replace(key, now, placeholder)) {
                    return held;
                }
            }
            if (records.singles(function) != seen.singles()) {
                // A single-entry delete of this function happened since the computation began: maybe of this key.
                cache.replace(key, placeholder, distributed || cache.copiesValues()
                        ? encoded(Memo.tombstone().toBytes(), cache) : Memo.tombstone());
                return held;
            }
            if (cache.replace(key, placeholder, stored) && seen.check() != null) {
                function.local().hold(key, held, seen.version(), seen.check());
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        } catch (RuntimeException failure) {
            if (causedBy(failure, NotSerializableException.class)) {
                function.metrics().notMemoized.increment();
                plan.warnUncopyable(unwrapped(result).getClass(), () -> failure, true);
            } else {
                failures.record("write", function.name(), failure);
            }
        }
        return held;
    }

    /** The memo a local tier or a waiting caller takes results from: the result itself if shared, else the copy. */
    Memo heldLocally(Memo read, Object result) {
        return read.isShared() ? read : values.heldAfterRead(read, result);
    }

    /** What a transaction keeps of a result: the memo its later calls and its commit take their results from. */
    private TransactionWork.Keeping keeping(Plan plan) {
        return new TransactionWork.Keeping() {
            @Override
            public Object keep(Object result) {
                Memo held = Memo.of(0L, Long.MAX_VALUE, result).held(values);
                if (held == null) {
                    plan.function().metrics().notMemoized.increment();
                    plan.warnUncopyable(unwrapped(result).getClass(), () -> values.whyUncopyable(unwrapped(result)));
                    return Values.UNCOPYABLE;
                }
                return held;
            }

            @Override
            public Object handOut(Object kept) throws IOException, ClassNotFoundException {
                return ((Memo) kept).result(plan.classLoader());
            }
        };
    }

    /** The body, recording how long it took when it returns. */
    private static SingleFlight.Computation timed(FunctionState function, SingleFlight.Computation body) {
        return () -> {
            long start = System.nanoTime();
            Object result = body.run();
            function.metrics().missTimes.record(System.nanoTime() - start);
            return result;
        };
    }

    /** An outcome that nothing stored: waiting callers start over. */
    private static SingleFlight.Outcome unstored(Object result) {
        return new SingleFlight.Outcome(result, null);
    }

    private static Object unwrapped(Object result) {
        return result instanceof Optional<?> optional ? optional.orElse(null) : result;
    }

    /** The memo in a value read from the cache, or {@code null} if it holds none. */
    static Memo read(Object stored) {
        if (stored instanceof Memo memo) {
            return memo;
        }
        if (stored instanceof String text) {
            return Memo.fromBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return stored instanceof byte[] bytes ? Memo.fromBytes(bytes) : null;
    }

    /**
     * A memo's bytes as a distributed cache takes them, or, for a local cache that stores by value, as text (one
     * ISO-8859-1 character per byte): that cache copies values on every write and compares them with
     * {@code equals} in its conditional replace, which for an array would be identity. Every memo carries a write
     * id of its own, so equal text is the same write.
     */
    private Object encoded(byte[] bytes, MemoCache cache) {
        return distributed || !cache.copiesValues() ? bytes : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * The result a memo holds, or {@link #UNREADABLE} if its bytes no longer deserialize or it is not of the
     * method's result type (a programmatic call's, a class changed between versions): then it is a miss.
     */
    Object decode(Plan plan, Memo memo) {
        Object result;
        try {
            result = memo.result(plan.classLoader());
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            if (Log.refusedByFilter(unreadable)) {
                plan.function().metrics().notMemoized.increment(); // never readable: unlike a class changed between versions
            }
            plan.warnUnreadable(unreadable);
            return UNREADABLE;
        }
        if (!plan.fits(result)) {
            plan.warnUnreadable(new ClassCastException("a stored " + (result == null ? "null" : result.getClass().getName())
                    + " does not fit the result type " + plan.resultTypeName()));
            return UNREADABLE;
        }
        return result;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
