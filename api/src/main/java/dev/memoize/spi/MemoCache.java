package dev.memoize.spi;

/**
 * One cache, with the atomic operations the memoization protocol needs. A key is a {@code String}, or (for a
 * cache local to this JVM) an immutable object whose {@code toString()} is that text and which equals another key
 * exactly when their texts are equal: a cache that copies, serializes or sends its keys must use the text. Values
 * are the library's own records, compared with {@code equals}. Every method may throw a
 * {@link RuntimeException} when the cache fails; the caller handles it.
 */
public interface MemoCache {

    /**
     * Returns the value of a key.
     *
     * @param key the key
     * @return its value, or {@code null}
     */
    Object get(Object key);

    /**
     * Returns the value of a key the fastest way the provider has, or {@code null}: may skip the cache's statistics
     * and listeners, and may return an entry whose expiry is due; the library uses it only to find a hit, whose
     * deadline it checks itself. By default {@link #get}.
     *
     * @param key the key
     * @return its value, or {@code null}
     */
    default Object peek(Object key) {
        return get(key);
    }

    /**
     * Whether the cache copies the values it is given (a local cache configured to store by value): the library
     * then gives it only {@code String}s (each memo's bytes, one ISO-8859-1 character per byte), which copy without
     * any class of the library or the application and compare by content. By default {@code false}.
     *
     * @return whether the cache copies its values
     */
    default boolean copiesValues() {
        return false;
    }

    /**
     * Writes a value.
     *
     * @param key the key
     * @param value its new value
     */
    void put(Object key, Object value);

    /**
     * Writes a value if the key has none.
     *
     * @param key the key
     * @param value its value
     * @return whether it wrote it
     */
    boolean putIfAbsent(Object key, Object value);

    /**
     * Replaces the value of a key only if it equals {@code expected}.
     *
     * @param key the key
     * @param expected the value it must have
     * @param value its new value
     * @return whether it replaced it
     */
    boolean replace(Object key, Object expected, Object value);

    /**
     * Removes a key.
     *
     * @param key the key
     * @return whether it had a value
     */
    boolean remove(Object key);

    /**
     * Returns how many entries the cache holds, as the provider counts them (an estimate is fine), or {@code -1}
     * if it cannot tell. Read only when metrics are read, never on a call. By default {@code -1}.
     *
     * @return the number of entries, or {@code -1} if unknown
     */
    default long entries() {
        return -1;
    }

    /**
     * Returns how many entries the provider evicted to keep the cache's bound since it was created, or {@code -1}
     * if it cannot tell. Read only when metrics are read, never on a call. By default {@code -1}.
     *
     * @return the number of evictions, or {@code -1} if unknown
     */
    default long evictions() {
        return -1;
    }
}
