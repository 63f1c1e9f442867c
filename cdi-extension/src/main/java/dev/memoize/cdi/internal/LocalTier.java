package dev.memoize.cdi.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Results of one function recently read from a distributed cache, held in this JVM so that a hit costs no network
 * round trip.
 *
 * <p>A held result is valid while the function's two records are unchanged: its version (whole-function deletes
 * and verhash change it) and its single-delete counter (every single-entry delete bumps it after writing its
 * tombstone). This JVM trusts what it last read of the two records for one lease from the moment the read began,
 * and every delete waits one lease after its writes before it returns. A read that saw the records before a delete
 * began before the delete's write, so its trust ends before the delete returns, on every member. One read of the
 * two records per lease and per function keeps every held result of the function usable; the cost is a delete
 * that takes one lease longer.
 */
final class LocalTier {

    /** What this JVM read of the function's records, trusted until {@code trustedUntilNanos}. */
    record Check(long version, long singles, long trustedUntilNanos) {
    }

    private record Held(Memo memo, long version, long singles) {
    }

    private final long leaseNanos;
    private final int maxEntries;
    private final AtomicReference<Check> check = new AtomicReference<>();
    private final ConcurrentHashMap<Object, Held> held = new ConcurrentHashMap<>();

    LocalTier(long leaseNanos, int maxEntries) {
        this.leaseNanos = leaseNanos;
        this.maxEntries = maxEntries;
    }

    /** The function's records as last read, if still trusted; otherwise {@code null}: read them again. */
    Check trustedCheck() {
        Check current = check.get();
        return current != null && System.nanoTime() - current.trustedUntilNanos < 0 ? current : null;
    }

    /** Trusts records read starting at {@code readStartNanos}, unless a later read is already trusted. */
    Check trust(long version, long singles, long readStartNanos) {
        Check fresh = new Check(version, singles, readStartNanos + leaseNanos);
        check.accumulateAndGet(fresh, (current, next) ->
                current == null || next.trustedUntilNanos - current.trustedUntilNanos > 0 ? next : current);
        return fresh;
    }

    /** Stops trusting the records (this JVM changed them). */
    void distrust() {
        check.set(null);
    }

    /**
     * The held memo of a key, if it belongs to these records and has not expired; else {@code null}. The memo holds
     * a shared result, or the copy each caller takes its own result from.
     */
    Memo get(Object key, Check current, long nowMillis) {
        Held entry = held.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.version != current.version || entry.singles != current.singles
                || !entry.memo.isHit(entry.version, nowMillis)) {
            held.remove(key, entry);
            return null;
        }
        return entry.memo;
    }

    /** Holds a memo computed under {@code version}, read or written while {@code current} was trusted. */
    void hold(Object key, Memo memo, long version, Check current) {
        if (held.size() >= maxEntries) {
            held.clear(); // crude but bounded: the next reads refill it from the cache
        }
        held.put(key, new Held(memo, version, current.singles));
    }

    void forget(Object key) {
        held.remove(key);
    }

    void forgetAll() {
        held.clear();
    }

    /** Waits one lease, so that no member trusts a read made before the caller's writes any more. */
    void awaitLease() {
        try {
            Thread.sleep(leaseNanos / 1_000_000, (int) (leaseNanos % 1_000_000));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
