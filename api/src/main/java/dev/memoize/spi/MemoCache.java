package dev.memoize.spi;

/**
 * One cache, with the atomic operations the memoization protocol needs. Keys are strings; values are
 * the library's own serializable records, compared with {@code equals}. Every method may throw a
 * {@link RuntimeException} when the cache fails; the caller handles it.
 */
public interface MemoCache {

    /** Returns the value of a key, or {@code null}. */
    Object get(String key);

    /**
     * Returns the value of a key the fastest way the provider has, or {@code null}: may skip the cache's statistics
     * and listeners, and may return an entry whose expiry is due; the library uses it only to find a hit, whose
     * deadline it checks itself. By default {@link #get}.
     */
    default Object peek(String key) {
        return get(key);
    }

    /** Writes a value. */
    void put(String key, Object value);

    /** Writes a value if the key has none; returns whether it did. */
    boolean putIfAbsent(String key, Object value);

    /** Replaces the value of a key only if it equals {@code expected}; returns whether it did. */
    boolean replace(String key, Object expected, Object value);

    /** Removes a key; returns whether it had a value. */
    boolean remove(String key);
}
