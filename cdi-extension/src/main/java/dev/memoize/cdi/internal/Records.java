package dev.memoize.cdi.internal;

import dev.memoize.spi.MemoCache;
import dev.memoize.spi.MemoStorage;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The two records each function keeps in the versions cache, a small cache of two entries per function:
 * <ul>
 *   <li>its version, under the function's name: every stored result carries the version it was computed under,
 *       and only results of the current version are hits; deleting every result writes a new version (O(1)), and
 *       {@code deleteMemoizedVerhash} removes the record;</li>
 *   <li>its single-delete counter, under {@value #SINGLES} and the name: every single-entry delete changes it, so
 *       that a computation that began before a delete of its key can tell, without relying on any entry of the
 *       function's own cache, which the cache is free to evict.</li>
 * </ul>
 * Both hold random non-zero numbers, so a record that was evicted and written again never repeats an old value.
 */
final class Records {

    /** Prefix of the single-delete counter's record. */
    static final String SINGLES = "#singles:";

    private final MemoStorage storage;
    private volatile MemoCache versions;

    Records(MemoStorage storage) {
        this.storage = storage;
    }

    /** The function's version (0 if there is none), from its in-memory snapshot when one is trusted. */
    long version(FunctionState function) {
        VersionSnapshot snapshot = function.snapshot();
        if (snapshot == null) {
            return read(function.name());
        }
        VersionSnapshot.Known known = snapshot.current();
        if (known.trusted()) {
            return known.version();
        }
        long version = read(function.name());
        snapshot.remember(known, version);
        return version;
    }

    /** The function's single-delete counter (0 if there is none). */
    long singles(FunctionState function) {
        return read(SINGLES + function.name());
    }

    /** The function's version, created if there is none. */
    long ensureVersion(FunctionState function) {
        MemoCache versions = versions();
        String name = function.name();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                long fresh = fresh();
                if (versions.putIfAbsent(name, fresh)) {
                    return fresh;
                }
                if (versions.get(name) instanceof Long current) {
                    return current;
                }
            }
            // The record keeps vanishing (concurrent deleteMemoizedVerhash): a version nobody shares is never a hit.
            return fresh();
        } finally {
            forget(function);
        }
    }

    /**
     * The function's single-delete counter, created if there is none. A computation observes an existing counter,
     * so a counter that was evicted (and reads as 0) never matches what it observed.
     */
    long ensureSingles(FunctionState function) {
        MemoCache versions = versions();
        String record = SINGLES + function.name();
        long fresh = fresh();
        if (versions.putIfAbsent(record, fresh)) {
            return fresh;
        }
        return versions.get(record) instanceof Long current ? current : fresh();
    }

    /** Writes a new version: every result computed before is no longer a hit. */
    void renewVersion(FunctionState function) {
        try {
            versions().put(function.name(), fresh());
        } finally {
            forget(function);
        }
    }

    /** Removes the version record; the next call creates a new one. */
    void removeVersion(FunctionState function) {
        try {
            versions().remove(function.name());
        } finally {
            forget(function);
        }
    }

    /** Changes the single-delete counter. */
    void countSingleDelete(FunctionState function) {
        versions().put(SINGLES + function.name(), fresh());
    }

    /** Drops the in-memory version; called after each write of the record, and by the storage's listener. */
    static void forget(FunctionState function) {
        if (function.snapshot() != null) {
            function.snapshot().invalidate();
        }
    }

    private long read(String record) {
        return versions().get(record) instanceof Long current ? current : 0L;
    }

    /** The cache of records, looked up once (the storage bean sits behind a client proxy). */
    MemoCache versions() {
        MemoCache current = versions;
        if (current == null) {
            current = storage.versions();
            versions = current;
        }
        return current;
    }

    /** A random number that is never 0 (which means "no record"). */
    static long fresh() {
        long value;
        do {
            value = ThreadLocalRandom.current().nextLong();
        } while (value == 0L);
        return value;
    }
}
