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

    /**
     * The cache manager the library opens in this test: the provider's default, for the application's class
     * loader if the provider is local (Caffeine), for the provider's own if it is distributed (Hazelcast).
     */
    public static CacheManager manager() {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        String name = System.getProperty("dev.memoize.cachingProvider");
        var provider = Caching.getCachingProvider(name, application);
        if (provider.getClass().getName().startsWith("com.github.benmanes.caffeine.")) {
            return provider.getCacheManager(provider.getDefaultURI(), application);
        }
        provider = Caching.getCachingProvider(name, provider.getClass().getClassLoader());
        return provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader());
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
