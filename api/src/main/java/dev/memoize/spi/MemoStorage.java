package dev.memoize.spi;

import java.time.Duration;

/**
 * Where memoized results live; exactly one CDI bean of this type must exist (the {@code memoize-jcache}
 * artifact provides it). The storage owns whatever it opens and closes it when the container stops.
 */
public interface MemoStorage {

    /**
     * Returns the cache of one function, created on first use so that every entry expires {@code timeout}
     * after it was last written and the cache keeps at most about {@code maxEntries} entries (where the provider
     * can bound a cache), evicting others.
     *
     * @param function the function's name
     * @param timeout entry lifetime from each write, or {@code null} for never expiring
     * @param maxEntries the most entries the cache keeps, {@code Long.MAX_VALUE} for no bound
     * @return the function's cache
     */
    MemoCache cache(String function, Duration timeout, long maxEntries);

    /**
     * Returns the cache of function version records, whose entries never expire and are never evicted where the
     * provider allows (the library stays correct if they are: a lost record makes the function's results
     * recomputed).
     *
     * @return the cache of version records
     */
    MemoCache versions();

    /**
     * Whether values leave this JVM (a distributed or remote cache). The library then stores byte arrays, which
     * every member reads without the application's classes and compares by content.
     *
     * @return whether values leave this JVM
     */
    boolean distributed();

    /**
     * Whether {@link #watchVersions} can announce every change of a version record before the write returns (true
     * for a cache local to this JVM whose synchronous listeners do).
     *
     * @return whether versions can be watched
     */
    boolean canWatchVersions();

    /**
     * Registers a listener told of every change to a version record before the write returns, so that the library
     * may keep versions in memory.
     *
     * @param changed told the function name and the new version ({@code null} when the record was removed or expired)
     * @return a handle that unregisters the listener, or {@code null} if {@link #canWatchVersions()} is false
     */
    AutoCloseable watchVersions(java.util.function.BiConsumer<String, Long> changed);

    /** {@return a short description for logs, such as the provider and cache manager URI} */
    String describe();
}
