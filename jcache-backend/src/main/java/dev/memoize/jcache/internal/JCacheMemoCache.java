package dev.memoize.jcache.internal;

import dev.memoize.spi.MemoCache;

import javax.cache.Cache;

/** A {@link MemoCache} over one JSR-107 cache. */
final class JCacheMemoCache implements MemoCache {

    private final Cache<String, Object> cache;

    JCacheMemoCache(Cache<String, Object> cache) {
        this.cache = cache;
    }

    @Override
    public Object get(String key) {
        return cache.get(key);
    }

    @Override
    public void put(String key, Object value) {
        cache.put(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, Object value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, Object expected, Object value) {
        return cache.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key) {
        return cache.remove(key);
    }
}
