package dev.memoize.jcache.internal;

import dev.memoize.spi.MemoCache;

import javax.cache.Cache;
import java.util.function.Function;

/** A {@link MemoCache} over one JSR-107 cache, with the provider's fast read where there is one. */
final class JCacheMemoCache implements MemoCache {

    private final Cache<String, Object> cache;
    private final Function<String, Object> fastRead;

    JCacheMemoCache(Cache<String, Object> cache) {
        this.cache = cache;
        this.fastRead = fastRead(cache);
    }

    private static Function<String, Object> fastRead(Cache<String, Object> cache) {
        try {
            return CaffeineReads.of(cache);
        } catch (LinkageError noCaffeine) {
            return null;
        }
    }

    @Override
    public Object get(String key) {
        return cache.get(key);
    }

    @Override
    public Object peek(String key) {
        return fastRead != null ? fastRead.apply(key) : cache.get(key);
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
