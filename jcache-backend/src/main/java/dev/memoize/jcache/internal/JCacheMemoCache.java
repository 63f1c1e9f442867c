package dev.memoize.jcache.internal;

import dev.memoize.spi.MemoCache;

import javax.cache.Cache;
import java.util.function.Function;

/**
 * A {@link MemoCache} over one JSR-107 cache, with the provider's fast read where there is one. A cache that
 * stores by value (it copies its keys), or keeps them out of this JVM, gets every key as its text; a cache that
 * keeps its keys by reference gets them as they are.
 */
final class JCacheMemoCache implements MemoCache {

    private final Cache<Object, Object> cache;
    private final boolean textKeys;
    private final boolean copiesValues;
    private final Function<Object, Object> fastRead;
    private final boolean expiresEntries;

    /**
     * @param cache the cache
     * @param distributed whether its entries leave this JVM
     * @param timeout the lifetime the library gives its entries, {@code null} for none
     */
    @SuppressWarnings("unchecked")
    JCacheMemoCache(Cache<String, Object> cache, boolean distributed, java.time.Duration timeout) {
        this.cache = (Cache<Object, Object>) (Cache<?, ?>) cache;
        this.copiesValues = !distributed && copiesKeys(cache);
        this.textKeys = distributed || copiesValues;
        this.fastRead = textKeys ? null : fastRead(this.cache);
        this.expiresEntries = fastRead != null && timeout != null && expiresAfterWrite(this.cache, timeout);
    }

    private static boolean expiresAfterWrite(Cache<Object, Object> cache, java.time.Duration timeout) {
        try {
            return CaffeineReads.expiresAfterWrite(cache, timeout);
        } catch (LinkageError noCaffeine) {
            return false;
        }
    }

    @Override
    public boolean expiresEntries() {
        return expiresEntries;
    }

    @SuppressWarnings("unchecked")
    private static boolean copiesKeys(Cache<String, Object> cache) {
        try {
            return cache.getConfiguration(javax.cache.configuration.CompleteConfiguration.class).isStoreByValue();
        } catch (RuntimeException unknown) {
            return true;
        }
    }

    private static Function<Object, Object> fastRead(Cache<Object, Object> cache) {
        try {
            return CaffeineReads.of(cache);
        } catch (LinkageError noCaffeine) {
            return null;
        }
    }

    private Object key(Object key) {
        return textKeys ? key.toString() : key;
    }

    @Override
    public boolean copiesValues() {
        return copiesValues;
    }

    @Override
    public Object get(Object key) {
        return cache.get(key(key));
    }

    @Override
    public Object peek(Object key) {
        return fastRead != null ? fastRead.apply(key) : cache.get(key(key));
    }

    @Override
    public void put(Object key, Object value) {
        cache.put(key(key), value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cache.putIfAbsent(key(key), value);
    }

    @Override
    public boolean replace(Object key, Object expected, Object value) {
        return cache.replace(key(key), expected, value);
    }

    @Override
    public boolean remove(Object key) {
        return cache.remove(key(key));
    }
}
