package dev.memoize.cdi.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Results of one function recently read from a distributed cache, trusted in this JVM for a short lease, so that
 * a hit costs no network round trip.
 *
 * <p>Strictness comes from the lease, not from messages: a held result is trusted only until the moment its
 * remote read started plus the lease, and every delete waits one lease after its write before it returns. A read
 * that saw the state before a delete started before the delete's write, so its trust ends before the delete
 * returns, on every member. The cost is a delete that takes one lease longer.
 */
final class LocalTier {

    /** Returned by {@link #get} when nothing trusted is held. */
    static final Object MISS = new Object();

    private record Held(Object result, long expiresAtMillis, long trustedUntilNanos) {
    }

    private final long leaseNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    LocalTier(long leaseNanos, int maxEntries) {
        this.leaseNanos = leaseNanos;
        this.maxEntries = maxEntries;
    }

    /** The held result of a key, or {@link #MISS} if none is trusted now. */
    Object get(String key, long nowMillis) {
        Held entry = held.get(key);
        if (entry == null) {
            return MISS;
        }
        if (System.nanoTime() - entry.trustedUntilNanos >= 0 || nowMillis >= entry.expiresAtMillis) {
            held.remove(key, entry);
            return MISS;
        }
        return entry.result;
    }

    /** Holds a result whose remote read started at {@code readStartNanos}; nothing if its lease is already over. */
    void hold(String key, Object result, long expiresAtMillis, long readStartNanos) {
        long trustedUntil = readStartNanos + leaseNanos;
        if (trustedUntil - System.nanoTime() <= 0) {
            return;
        }
        if (held.size() >= maxEntries) {
            held.clear(); // crude but bounded: the next reads refill it from the cache
        }
        held.put(key, new Held(result, expiresAtMillis, trustedUntil));
    }

    void forget(String key) {
        held.remove(key);
    }

    void forgetAll() {
        held.clear();
    }

    /** Waits one lease, so that no member trusts a read made before the caller's write any more. */
    void awaitLease() {
        try {
            Thread.sleep(leaseNanos / 1_000_000, (int) (leaseNanos % 1_000_000));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
