package dev.memoize.cdi.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The version of one function kept in memory, so that a hit on a local cache needs one cache read, not two.
 *
 * <p>A version read from the cache is remembered only if the snapshot was not invalidated since the reader looked
 * (a compare-and-set on the state it saw; every invalidation makes a new state). The library invalidates after
 * each of its own writes of the record has returned, so a read that raced the write cannot survive it; the
 * storage's change listener invalidates for writes made elsewhere.
 */
final class VersionSnapshot {

    /** What is known: a version (0 for "no record"), or nothing. */
    record Known(long version, boolean trusted) {
    }

    private final AtomicReference<Known> state = new AtomicReference<>(new Known(0L, false));

    /** The current state; if it is not trusted, read the cache and {@link #remember} what it holds. */
    Known current() {
        return state.get();
    }

    /** Remembers a version read from the cache after {@code seen} was current, unless invalidated since. */
    void remember(Known seen, long version) {
        state.compareAndSet(seen, new Known(version, true));
    }

    /** Forgets the version: the record changed, or may have. */
    void invalidate() {
        state.set(new Known(0L, false));
    }
}
