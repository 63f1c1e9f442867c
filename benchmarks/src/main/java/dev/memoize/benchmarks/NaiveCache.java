package dev.memoize.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;

import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;

/** The naive interceptor's cache, in the same cache manager and with the same store-by-value setting as ours. */
@ApplicationScoped
public class NaiveCache {

    private Cache<Object, Object> cache;

    Cache<Object, Object> cache() {
        Cache<Object, Object> current = cache;
        if (current == null) {
            var manager = Storage.cacheManager();
            current = manager.getCache("naive");
            if (current == null) {
                current = manager.createCache("naive", new MutableConfiguration<>()
                        .setStoreByValue(Boolean.parseBoolean(System.getProperty("dev.memoize.storeByValue", "true"))));
            }
            cache = current;
        }
        return current;
    }
}
