package dev.memoize.tck.support;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import java.util.ArrayList;
import java.util.List;

/** Looks into the caches the library wrote, as a cache browser would. */
public final class Caches {

    private Caches() {
    }

    /** The cache manager the library opened for this test (same provider, URI and class loader). */
    public static CacheManager manager() {
        var provider = Caching.getCachingProvider(System.getProperty("dev.memoize.cachingProvider"),
                Thread.currentThread().getContextClassLoader());
        return provider.getCacheManager(provider.getDefaultURI(), Thread.currentThread().getContextClassLoader());
    }

    /** The keys stored in a function's cache. */
    public static List<String> keys(String function) {
        Cache<String, Object> cache = manager().getCache("memoize." + function);
        List<String> keys = new ArrayList<>();
        if (cache != null) {
            cache.forEach(entry -> keys.add(entry.getKey()));
        }
        return keys;
    }
}
