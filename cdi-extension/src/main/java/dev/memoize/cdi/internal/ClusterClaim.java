package dev.memoize.cdi.internal;

import dev.memoize.spi.MemoCache;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cluster-wide single flight ({@code @Memoize(clusterSingleFlight = true)}): the member that computes a cold key
 * holds a claim entry next to it, {@code <key>}{@value #SUFFIX}, holding the end of its lease; others wait for the
 * result or for the lease to end. A thread that already holds a claim (a computation that calls its own function
 * with the same key) never waits for itself.
 */
final class ClusterClaim {

    static final String SUFFIX = "|~claim";
    static final long POLL_MILLIS = 10;

    private final Clock clock;
    private final long leaseMillis;
    private final CacheFailures failures;
    private final Map<String, Thread> heldHere = new ConcurrentHashMap<>();

    ClusterClaim(Clock clock, long leaseMillis, CacheFailures failures) {
        this.clock = clock;
        this.leaseMillis = leaseMillis;
        this.failures = failures;
    }

    /** Whether the calling thread holds the claim of this key already. */
    boolean heldByCurrentThread(Object key) {
        return heldHere.get(key.toString() + SUFFIX) == Thread.currentThread();
    }

    /**
     * Claims a cold key for this member, or takes over a claim whose lease is over.
     *
     * @return whether the caller now holds the claim
     * @throws RuntimeException if the cache fails
     */
    boolean claim(MemoCache cache, Object key) {
        String claimKey = key.toString() + SUFFIX;
        long now = clock.millis();
        Long mine = now + leaseMillis;
        boolean claimed;
        if (cache.putIfAbsent(claimKey, mine)) {
            claimed = true;
        } else {
            Object theirs = cache.get(claimKey);
            claimed = theirs == null ? cache.putIfAbsent(claimKey, mine)
                    : theirs instanceof Long until && until <= now && cache.replace(claimKey, theirs, mine);
        }
        if (claimed) {
            heldHere.put(claimKey, Thread.currentThread());
        }
        return claimed;
    }

    /** Releases a claim; a failure is recorded, and the claim's lease ends it anyway. */
    void release(MemoCache cache, Object key, String function) {
        String claimKey = key.toString() + SUFFIX;
        heldHere.remove(claimKey);
        try {
            cache.remove(claimKey);
        } catch (RuntimeException failure) {
            failures.record("claim release", function, failure);
        }
    }
}
