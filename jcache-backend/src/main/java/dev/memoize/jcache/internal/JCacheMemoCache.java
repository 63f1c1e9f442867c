package dev.memoize.jcache.internal;

import dev.memoize.spi.MemoCache;

import javax.cache.Cache;
import java.util.function.Function;

/**
 * A {@link MemoCache} over one JSR-107 cache, with the provider's fast read where there is one (Caffeine): that
 * cache, which keeps its keys by reference, gets keys as they are; any other cache (distributed, storing by value,
 * another local provider whose configuration may type its keys) gets every key as its text.
 */
final class JCacheMemoCache implements MemoCache {

    private final Cache<Object, Object> cache;
    private final boolean textKeys;
    private final boolean copiesValues;
    private final Function<Object, Object> fastRead;

    /**
     * @param cache the cache
     * @param distributed whether its entries leave this JVM
     */
    @SuppressWarnings("unchecked")
    JCacheMemoCache(Cache<String, Object> cache, boolean distributed) {
        this.cache = (Cache<Object, Object>) (Cache<?, ?>) cache;
        this.copiesValues = !distributed && copiesKeys(cache);
        Function<Object, Object> fast = distributed || copiesValues ? null : fastRead(this.cache);
        this.fastRead = fast;
        // Keys as objects only where they pay: the fast read of a cache that keeps keys by reference.
        this.textKeys = fast == null;
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
        } catch (LinkageError | RuntimeException noCaffeine) {
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

    @Override
    public long entries() {
        return CacheCounts.entries(cache);
    }

    @Override
    public long evictions() {
        return CacheCounts.evictions(cache);
    }
}
