package dev.memoize.tck.support;

import dev.memoize.jcache.internal.JCacheStorage;
import jakarta.enterprise.inject.spi.CDI;

import javax.cache.Cache;
import javax.cache.CacheManager;
import java.util.ArrayList;
import java.util.List;

/** Looks into the caches the library wrote, as a cache browser would. */
public final class Caches {

    private Caches() {
    }

    /** The cache manager the library writes to in this deployment (Caffeine, Hazelcast or the server's own). */
    public static CacheManager manager() {
        return CDI.current().select(JCacheStorage.class).get().cacheManager();
    }

    /** The keys stored in a function's cache. */
    public static List<String> keys(String function) {
        Cache<Object, Object> cache = manager().getCache("memoize." + function);
        List<String> keys = new ArrayList<>();
        if (cache != null) {
            // A local cache may hold a key as an object whose text is its toString()
            cache.forEach(entry -> keys.add(entry.getKey().toString()));
        }
        return keys;
    }
}
