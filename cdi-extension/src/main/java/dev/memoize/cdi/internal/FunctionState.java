package dev.memoize.cdi.internal;

import dev.memoize.spi.MemoCache;
import dev.memoize.spi.MemoStorage;

import java.time.Duration;

/** One memoized function (a name, all its overloads): its timeout and, once used, its cache. */
final class FunctionState {

    private final String name;
    private final Duration timeout;
    private final long timeoutMillis;
    private final long maxEntries;
    private final LocalTier local;
    private final VersionSnapshot snapshot;
    private final FunctionMetrics metrics;
    private volatile MemoCache cache;

    /**
     * @param name the function's name
     * @param timeout the entry lifetime, {@link MethodSpec#FOREVER} for none, zero for never memoized
     * @param maxEntries the most results its cache keeps, {@code Long.MAX_VALUE} for no bound
     * @param local the function's local tier, or {@code null} for none (a local cache needs none)
     * @param snapshot whether to keep the version record in memory (the storage announces its changes)
     */
    FunctionState(String name, Duration timeout, long maxEntries, LocalTier local, boolean snapshot) {
        this(name, timeout, maxEntries, local, snapshot, new FunctionMetrics());
    }

    /**
     * @param metrics the function's counters
     * @see #FunctionState(String, Duration, long, LocalTier, boolean)
     */
    FunctionState(String name, Duration timeout, long maxEntries, LocalTier local, boolean snapshot,
                  FunctionMetrics metrics) {
        this.metrics = metrics;
        this.maxEntries = maxEntries;
        this.local = local;
        this.snapshot = snapshot ? new VersionSnapshot() : null;
        this.name = name;
        this.timeout = timeout;
        this.timeoutMillis = timeout.equals(MethodSpec.FOREVER) ? Long.MAX_VALUE : millis(timeout);
    }

    String name() {
        return name;
    }

    /** The function's counters. */
    FunctionMetrics metrics() {
        return metrics;
    }

    /** The entries of the function's cache as its provider counts them; -1 if unknown or the cache is not used yet. */
    long entries() {
        MemoCache current = cache;
        try {
            return current == null ? -1L : current.entries();
        } catch (RuntimeException | LinkageError unknown) {
            return -1L;
        }
    }

    /** The evictions from the function's cache as its provider counts them; -1 if unknown or not used yet. */
    long evictions() {
        MemoCache current = cache;
        try {
            return current == null ? -1L : current.evictions();
        } catch (RuntimeException | LinkageError unknown) {
            return -1L;
        }
    }

    /** The in-memory copy of the version record, or {@code null} if the storage does not announce changes. */
    VersionSnapshot snapshot() {
        return snapshot;
    }

    /** The local tier in front of a distributed cache, or {@code null}. */
    LocalTier local() {
        return local;
    }

    Duration timeout() {
        return timeout;
    }

    /** Whether results are memoized at all (timeout 0 means never). */
    boolean memoizes() {
        return timeoutMillis != 0;
    }

    /** The deadline of an entry written at {@code now}. */
    long expiresAt(long now) {
        return timeoutMillis == Long.MAX_VALUE ? Long.MAX_VALUE : saturatedAdd(now, timeoutMillis);
    }

    /** This function's cache, created on first use. */
    MemoCache cache(MemoStorage storage) {
        MemoCache current = cache;
        if (current == null) {
            current = storage.cache(name, timeoutMillis == Long.MAX_VALUE ? null : timeout, maxEntries);
            cache = current;
        }
        return current;
    }

    /** The timeout in milliseconds, at least 1 unless zero; beyond 292 million years, never expiring. */
    private static long millis(Duration timeout) {
        try {
            return Math.max(timeout.toMillis(), timeout.isZero() ? 0 : 1);
        } catch (ArithmeticException beyondMillis) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
