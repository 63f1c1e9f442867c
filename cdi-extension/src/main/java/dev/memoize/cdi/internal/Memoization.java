package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.MemoizeConfig;
import dev.memoize.MemoizeStatistics;
import dev.memoize.Unless;
import dev.memoize.spi.MemoCache;
import dev.memoize.spi.MemoStorage;
import jakarta.interceptor.InvocationContext;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The memoization runtime of one application: per-method plans resolved once, the consistency protocol, and
 * deletions. One instance per CDI container; it holds no static state.
 *
 * <p>The protocol uses only standard cache operations. Each function has a random version in the versions
 * cache; every stored {@link Memo} carries the version it was computed under and its deadline. A hit needs the
 * current version and an unexpired memo of that version. Deleting every result writes a new version (O(1)).
 * Deleting one result writes a tombstone. A computation stores its result only with {@code putIfAbsent} or
 * {@code replace(key, whatItRead, result)}, so a delete that happened while it ran always wins, and a result
 * computed under an old version is never served.
 *
 * <p>A miss inside a JTA transaction is handed to the transaction's {@link TransactionWork}: computed alone (no
 * single flight, whose other callers would see uncommitted data) and written only after the commit, by the same
 * protocol. Deletes inside a transaction are made at once and repeated when it ends. Hits never look at
 * transactions.
 */
final class Memoization {

    private static final Object UNREADABLE = new Object();
    private static final int LOCAL_TIER_ENTRIES = 10_000;
    private static final String CLAIM = "|~claim";
    /** Prefix of the record, next to the version record, that every single-entry delete of a function bumps. */
    static final String SINGLES = "#singles:";
    private static final long CLAIM_POLL_MILLIS = 10;

    private final MemoStorage storage;
    private final boolean distributed;
    private final boolean requiresSerializable;
    private final Clock clock;
    private final Keys keys;
    private final KeyStrategy defaultStrategy;
    private final CacheFailures failures;
    private final SingleFlight flights;
    private final Transactions transactions = new Transactions();
    private final Registry registry;
    private final boolean snapshots;
    private final Duration defaultTimeout;
    private final long localLeaseNanos;
    private final long claimLeaseMillis;
    private final AutoCloseable versionWatch;
    private volatile MemoCache versions;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bypassed = new LongAdder();
    private final LongAdder waits = new LongAdder();

    private Memoization(Catalog catalog, MemoStorage storage, MemoizeConfig config, KeyStrategy defaultStrategy,
                        Beans beans) {
        this.storage = storage;
        this.distributed = isDistributed(storage);
        this.requiresSerializable = distributed || requiresSerializable(storage);
        this.clock = config.clock();
        this.keys = new Keys(config.maxKeyLength());
        this.defaultStrategy = defaultStrategy;
        this.defaultTimeout = config.defaultTimeout();
        this.failures = new CacheFailures(config.strict());
        this.flights = new SingleFlight(config.singleFlightTimeout().toNanos(), waits::increment);
        this.localLeaseNanos = distributed ? config.localLease().toNanos() : 0L;
        this.claimLeaseMillis = config.singleFlightTimeout().toMillis();
        this.versionWatch = watchVersions(storage);
        boolean snapshots = versionWatch != null;
        this.snapshots = snapshots;
        Map<String, List<MethodSpec>> byName = new HashMap<>();
        catalog.methods().forEach(spec -> byName.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(spec));
        Map<FunctionState, List<MethodPlan>> plansByFunction = new HashMap<>();
        byName.forEach((name, specs) -> {
            FunctionState function = new FunctionState(name,
                    Objects.requireNonNullElse(specs.get(0).timeout(), defaultTimeout), newLocalTier(), snapshots);
            List<MethodPlan> list = new ArrayList<>();
            for (MethodSpec spec : specs) {
                Beans archive = spec.archive() == null ? beans : new Beans(spec.archive());
                list.add(new MethodPlan(spec, function, specs.size() > 1,
                        spec.keyStrategy() == KeyStrategy.class
                                ? (spec.archive() == null ? defaultStrategy : archive.defaultKeyStrategy())
                                : archive.beanOrNew(spec.keyStrategy()),
                        spec.unless() == Unless.class ? null : archive.beanOrNew(spec.unless())));
            }
            plansByFunction.put(function, list);
        });
        this.registry = new Registry(plansByFunction);
        Log.started(storage.describe(), registry.size());
    }

    /** Whether the storage is distributed; if it cannot tell now (its cache is down), the safe answer: yes. */
    private static boolean isDistributed(MemoStorage storage) {
        try {
            return storage.distributed();
        } catch (RuntimeException failure) {
            return true;
        }
    }

    private static boolean requiresSerializable(MemoStorage storage) {
        try {
            return storage.requiresSerializable();
        } catch (RuntimeException failure) {
            return true;
        }
    }

    /** Keeps versions in memory only where the storage announces their changes; a failing cache means no snapshots. */
    private AutoCloseable watchVersions(MemoStorage storage) {
        try {
            return storage.canWatchVersions() ? storage.watchVersions(this::versionChanged) : null;
        } catch (RuntimeException failure) {
            failures.record("listener registration", "versions", failure);
            return null;
        }
    }

    /** Told by the storage that a function's version record changed, here or elsewhere. */
    private void versionChanged(String name, Long version) {
        FunctionState function = registry == null ? null : registry.find(name);
        if (function != null) {
            forgetVersion(function);
        }
    }

    /** Drops the in-memory version; called after each write of the record has returned, and by the listener. */
    private static void forgetVersion(FunctionState function) {
        if (function.snapshot() != null) {
            function.snapshot().invalidate();
        }
    }

    private LocalTier newLocalTier() {
        return localLeaseNanos > 0 ? new LocalTier(localLeaseNanos, LOCAL_TIER_ENTRIES) : null;
    }

    static Memoization create(Catalog catalog, Beans beans) {
        return new Memoization(catalog, beans.get(MemoStorage.class), beans.get(MemoizeConfig.class),
                beans.defaultKeyStrategy(), beans);
    }

    /** Runs an intercepted invocation: from the cache if possible, else by proceeding and memoizing the result. */
    Object invoke(InvocationContext invocation) throws Exception {
        MethodPlan plan = registry.plan(invocation.getMethod());
        if (plan == null) {
            return invocation.proceed();
        }
        Object[] args = invocation.getParameters();
        if (plan.bypass(args)) {
            bypassed.increment();
            return invocation.proceed();
        }
        String key = plan.key(keys, invocation.getTarget(), args);
        if (key == null) {
            bypassed.increment();
            return invocation.proceed();
        }
        return call(plan, key, invocation::proceed);
    }

    /** Returns the memoized result under {@code key}, or runs {@code body} and memoizes its result. */
    Object call(MethodPlan plan, String key, SingleFlight.Computation body) throws Exception {
        FunctionState function = plan.function();
        LocalTier local = function.local();
        LocalTier.Check check = null;
        if (local != null) {
            check = local.trustedCheck();
            if (check == null) {
                try {
                    check = readRecords(function, local);
                } catch (RuntimeException failure) {
                    failures.record("read", function.name(), failure);
                    misses.increment();
                    return body.run();
                }
            }
            Object held = local.get(key, check, clock.millis());
            if (held != LocalTier.MISS) {
                hits.increment();
                return held;
            }
        }
        VersionSnapshot snapshot = function.snapshot();
        MemoCache cache;
        long version;
        Object stored;
        try {
            cache = function.cache(storage);
            if (check != null) {
                version = check.version();
            } else {
                VersionSnapshot.Known known = snapshot == null ? null : snapshot.current();
                version = known != null && known.trusted() ? known.version() : readVersion(function, snapshot, known);
            }
            stored = cache.get(key);
        } catch (RuntimeException failure) {
            failures.record("read", function.name(), failure);
            misses.increment();
            return body.run();
        }
        Memo memo = read(stored);
        if (version != 0L && memo != null && memo.isHit(version, clock.millis())) {
            Object result = decode(plan, memo);
            if (result != UNREADABLE) {
                hits.increment();
                if (local != null) {
                    local.hold(key, result, memo.expiresAt(), version, check);
                }
                return result;
            }
        }
        long readAt = System.nanoTime();
        misses.increment();
        if (version == 0L) {
            try {
                // Without a version record, create one before computing: a verhash delete that follows must be
                // visible to later callers as a different version (and a different flight).
                version = ensureVersion(function.name());
                forgetVersion(function);
                if (local != null) {
                    local.distrust();
                }
            } catch (RuntimeException failure) {
                failures.record("version write", function.name(), failure);
                return body.run();
            }
        }
        long computedUnder = version;
        LocalTier.Check records = check;
        long observedEntry = stored == null ? 0L : memo != null ? memo.id() : stored.hashCode();
        SingleFlight.FlightKey flight = new SingleFlight.FlightKey(key, version, observedEntry);
        TransactionWork transaction = transactions.current();
        if (transaction != null) {
            // Follows a computation outside the transaction (committed data, like a hit), never leads one.
            Object led = flights.follow(flight, function.name());
            return led != SingleFlight.NO_FLIGHT ? led : transaction.call(function, key, body,
                    result -> store(plan, cache, key, computedUnder, readAt, records, stored, result));
        }
        Object result = flights.run(flight, function.name(),
                () -> computeAndStore(plan, cache, key, computedUnder, readAt, records, body));
        return result == SingleFlight.RETRY ? call(plan, key, body) : result;
    }

    private Object computeAndStore(MethodPlan plan, MemoCache cache, String key, long version, long readAt,
                                   LocalTier.Check records, SingleFlight.Computation body) throws Exception {
        FunctionState function = plan.function();
        String claimKey = plan.clusterSingleFlight() && distributed ? key + CLAIM : null;
        boolean claimed = false;
        try {
            while (true) {
                Object stored;
                try {
                    // A flight that finished between this caller's read and its flight may have stored the result.
                    stored = cache.get(key);
                } catch (RuntimeException failure) {
                    failures.record("read", function.name(), failure);
                    return body.run();
                }
                Memo current = read(stored);
                if (current != null && current.isHit(version, clock.millis())) {
                    Object result = decode(plan, current);
                    if (result != UNREADABLE) {
                        return result;
                    }
                }
                if (claimKey == null || claimed) {
                    Object result = body.run();
                    store(plan, cache, key, version, readAt, records, stored, result);
                    return result;
                }
                try {
                    claimed = claim(cache, claimKey);
                } catch (RuntimeException failure) {
                    failures.record("claim", function.name(), failure);
                    claimKey = null;
                    continue;
                }
                if (!claimed) {
                    Thread.sleep(CLAIM_POLL_MILLIS); // another member computes: wait for its result or its lease
                }
            }
        } finally {
            if (claimed) {
                release(cache, claimKey, function);
            }
        }
    }

    /** Claims a cold key for this member, or takes over a claim whose lease is over. */
    private boolean claim(MemoCache cache, String claimKey) {
        long now = clock.millis();
        Long mine = now + claimLeaseMillis;
        if (cache.putIfAbsent(claimKey, mine)) {
            return true;
        }
        Object theirs = cache.get(claimKey);
        if (theirs == null) {
            return cache.putIfAbsent(claimKey, mine);
        }
        return theirs instanceof Long until && until <= now && cache.replace(claimKey, theirs, mine);
    }

    private void release(MemoCache cache, String claimKey, FunctionState function) {
        try {
            cache.remove(claimKey);
        } catch (RuntimeException failure) {
            failures.record("claim release", function.name(), failure); // the claim's lease ends it anyway
        }
    }

    /**
     * Writes a result computed under {@code version} over {@code stored}, the entry read before the computation
     * began, unless a delete (or another write) happened since or the computation took too long.
     */
    private void store(MethodPlan plan, MemoCache cache, String key, long version, long readAt,
                       LocalTier.Check records, Object stored, Object result) {
        FunctionState function = plan.function();
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - readAt);
        if (!function.storable(elapsedMillis)) {
            Log.tooSlowToStore(function.name(), elapsedMillis);
            return;
        }
        Object payload = result instanceof Optional<?> optional ? optional.orElse(null) : result;
        if (payload != null && requiresSerializable && !(payload instanceof Serializable)) {
            plan.warnNotSerializable(payload.getClass());
            return;
        }
        long expiresAt = function.expiresAt(clock.millis());
        Object memo;
        try {
            memo = write(Memo.of(version, expiresAt, result));
        } catch (IOException notSerializable) {
            plan.warnNotSerializable(payload.getClass());
            return;
        }
        try {
            boolean written = stored == null ? cache.putIfAbsent(key, memo) : cache.replace(key, stored, memo);
            if (written && records != null) {
                function.local().hold(key, result, expiresAt, version, records);
            }
        } catch (RuntimeException failure) {
            if (causedBy(failure, NotSerializableException.class)) {
                plan.warnNotSerializable(payload.getClass());
            } else {
                failures.record("write", function.name(), failure);
            }
        }
    }

    /** The memo in a value read from the cache, or {@code null} if it holds none. */
    private Memo read(Object stored) {
        if (stored instanceof Memo memo) {
            return memo;
        }
        return stored instanceof byte[] bytes ? Memo.fromBytes(bytes) : null;
    }

    /** The form a memo takes in this storage: itself in a local cache, bytes in a distributed one. */
    private Object write(Memo memo) throws IOException {
        return distributed ? memo.toBytes() : memo;
    }

    /** The result a memo holds, or {@link #UNREADABLE} if its bytes no longer deserialize (then it is a miss). */
    private Object decode(MethodPlan plan, Memo memo) {
        if (!distributed) {
            return memo.result();
        }
        try {
            return memo.result(plan.classLoader());
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            plan.warnUnreadable(unreadable);
            return UNREADABLE;
        }
    }

    /** Reads the function's version and single-delete counter for its local tier, and trusts them for a lease. */
    private LocalTier.Check readRecords(FunctionState function, LocalTier local) {
        long start = System.nanoTime();
        return local.trust(readRecord(function.name()), readRecord(SINGLES + function.name()), start);
    }

    /** Reads the function's version record (0 if there is none), remembering it where a snapshot is kept. */
    private long readVersion(FunctionState function, VersionSnapshot snapshot, VersionSnapshot.Known seen) {
        long version = readRecord(function.name());
        if (snapshot != null) {
            snapshot.remember(seen, version);
        }
        return version;
    }

    /** A version or counter record, 0 if there is none. */
    private long readRecord(String record) {
        return versions().get(record) instanceof Long current ? current : 0L;
    }

    /** The cache of version records, looked up once (the storage bean sits behind a client proxy). */
    private MemoCache versions() {
        MemoCache current = versions;
        if (current == null) {
            current = storage.versions();
            versions = current;
        }
        return current;
    }

    private long ensureVersion(String name) {
        MemoCache versions = versions();
        for (int attempt = 0; attempt < 3; attempt++) {
            long fresh = newVersion();
            if (versions.putIfAbsent(name, fresh)) {
                return fresh;
            }
            if (versions.get(name) instanceof Long current) {
                return current;
            }
        }
        // The record keeps vanishing (concurrent deleteMemoizedVerhash): a version nobody shares is never a hit.
        return newVersion();
    }

    private static long newVersion() {
        long version;
        do {
            version = ThreadLocalRandom.current().nextLong();
        } while (version == 0L);
        return version;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    // ---- Memoizer operations ----

    void deleteAll(String name) {
        deleteWholeFunction(name, "deleteMemoized(\"" + name + "\")", versions -> versions.put(name, newVersion()));
    }

    void deleteVersion(String name) {
        deleteWholeFunction(name, "deleteMemoizedVerhash(\"" + name + "\")", versions -> versions.remove(name));
    }

    /** Drops every result of a function by rewriting its version record: a new version, or none. */
    private void deleteWholeFunction(String name, String call, Consumer<MemoCache> rewrite) {
        FunctionState function = registry.require(name);
        delete(function, null, call, () -> {
            try {
                rewrite.accept(versions());
            } catch (RuntimeException failure) {
                deleteFailed(call, name, failure);
            }
            forgetVersion(function);
            awaitLocalTiers(function, null);
        });
    }

    /**
     * Runs a delete now and, inside a transaction, again when the transaction ends, which wipes what another caller
     * memoized from the data the transaction was changing.
     *
     * @param key the deleted key, or {@code null} for every result of the function
     */
    private void delete(FunctionState function, String key, String call, Runnable delete) {
        delete.run();
        TransactionWork transaction = transactions.current();
        if (transaction != null) {
            transaction.deleted(function, key, call, delete);
        }
    }

    /**
     * Drops what this JVM's local tier holds of the function (or of one key), then waits one lease so that no
     * member's local tier still trusts a read made before the delete.
     */
    private void awaitLocalTiers(FunctionState function, String key) {
        LocalTier local = function.local();
        if (local != null) {
            if (key == null) {
                local.forgetAll();
            } else {
                local.forget(key);
            }
            local.distrust();
            local.awaitLease();
        }
    }

    void deleteOne(String name, Object[] args) {
        deleteFitting(registry.overloads(name), args, "deleteMemoized(\"" + name + "\", ...)");
    }

    void deleteByMethod(Class<?> beanClass, String methodName, Object[] args) {
        List<MethodPlan> matching = registry.methods(beanClass, methodName);
        if (args.length == 0) {
            matching.stream().map(plan -> plan.function().name()).distinct().forEach(this::deleteAll);
        } else {
            deleteFitting(matching, args, "deleteMemoized(" + beanClass.getSimpleName() + ".class, \"" + methodName + "\", ...)");
        }
    }

    private void deleteFitting(List<MethodPlan> candidates, Object[] args, String call) {
        for (Registry.Fit fit : Registry.fitting(candidates, args, call)) {
            MethodPlan plan = fit.plan();
            String key = keys.key(plan.keyPrefixForDeletes(), plan.strategy(), null, fit.args(), (index, value) -> {
                throw new IllegalArgumentException(call + ": argument " + index + " of type "
                        + value.getClass().getName() + " has no stable key, so no result can be memoized for it. "
                        + "Fix: override toString() in " + value.getClass().getSimpleName() + " or use a KeyStrategy that knows it.");
            });
            FunctionState function = plan.function();
            delete(function, key, call, () -> {
                try {
                    function.cache(storage).put(key, write(Memo.tombstone()));
                    if (distributed) {
                        // After the tombstone: local tiers on every member drop what they hold of this function.
                        versions().put(SINGLES + function.name(), newVersion());
                    }
                } catch (IOException impossible) {
                    throw new IllegalStateException(impossible);
                } catch (RuntimeException failure) {
                    deleteFailed(call, function.name(), failure);
                }
                awaitLocalTiers(function, key);
            });
        }
    }

    private void deleteFailed(String what, String function, RuntimeException failure) {
        Log.deleteFailure(what, failure);
        failures.record("delete", function, failure);
    }

    /** The overloads of a known function; {@code IllegalArgumentException} for an unknown name. */
    List<MethodPlan> overloads(String name) {
        return registry.overloads(name);
    }

    /** Declares a programmatic function, or returns the existing one if its timeout agrees. */
    void declare(String name, Duration timeout) {
        registry.declare(name, timeout, wanted -> new FunctionState(name, wanted, newLocalTier(), snapshots),
                function -> new MethodPlan(function, defaultStrategy));
    }

    /** Runs a programmatic call of a known function. */
    @SuppressWarnings("unchecked")
    <R> R callProgrammatic(String name, Object target, java.util.function.Supplier<? extends R> body, Object[] args) {
        Registry.Fit fit = registry.choose(name, args);
        MethodPlan chosen = fit.plan();
        Object[] fitting = fit.args();
        if (chosen.bypass(fitting)) {
            bypassed.increment();
            return body.get();
        }
        String key = chosen.key(keys, target, fitting);
        if (key == null) {
            bypassed.increment();
            return body.get();
        }
        try {
            return (R) call(chosen, key, body::get);
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    MemoizeStatistics statistics() {
        return new MemoizeStatistics(hits.sum(), misses.sum(), bypassed.sum(), failures.count(), waits.sum());
    }

    /** Releases what this runtime holds (its version listener); the storage bean closes its own resources. */
    void close() {
        try {
            if (versionWatch != null) {
                versionWatch.close();
            }
        } catch (Exception | LinkageError e) {
            // the cache may already be closed with its manager
        }
        registry.clear();
    }
}
