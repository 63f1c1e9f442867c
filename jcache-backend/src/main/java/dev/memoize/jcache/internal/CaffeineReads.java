package dev.memoize.jcache.internal;

import com.github.benmanes.caffeine.jcache.Expirable;

import javax.cache.Cache;
import java.util.function.Function;

/**
 * A read of a Caffeine JCache cache straight from the Caffeine cache behind it ({@code Cache.unwrap}), skipping the
 * JCache layer's expiry bookkeeping, statistics and copies: a hit costs one hash lookup. Loaded only when Caffeine
 * holds the results.
 */
final class CaffeineReads {

    private CaffeineReads() {
    }

    /** The fast read of {@code cache}, or {@code null} if it is not a Caffeine cache this library can unwrap. */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> of(Cache<Object, Object> cache) {
        if (!cache.getClass().getName().startsWith("com.github.benmanes.caffeine.jcache.")) {
            return null;
        }
        try {
            com.github.benmanes.caffeine.cache.Cache<Object, Expirable<Object>> entries =
                    cache.unwrap(com.github.benmanes.caffeine.cache.Cache.class);
            return key -> {
                Expirable<Object> entry = entries.getIfPresent(key);
                return entry == null ? null : entry.get();
            };
        } catch (LinkageError | RuntimeException notUnwrappable) {
            return null;
        }
    }

    /** The estimated entries of {@code cache}, or -1 if it is not a Caffeine cache this library can unwrap. */
    static long estimatedSize(Cache<?, ?> cache) {
        if (!cache.getClass().getName().startsWith("com.github.benmanes.caffeine.jcache.")) {
            return -1L;
        }
        try {
            return cache.unwrap(com.github.benmanes.caffeine.cache.Cache.class).estimatedSize();
        } catch (LinkageError | RuntimeException notUnwrappable) {
            return -1L;
        }
    }
}
