package dev.memoize.jcache.internal;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.jcache.Expirable;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;

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

    /**
     * Whether Caffeine itself expires every entry of {@code cache} at most {@code timeout} after its last write, on
     * the system ticker: as the library creates its caches (a cache configured elsewhere may do otherwise).
     */
    static boolean expiresAfterWrite(Cache<Object, Object> cache, java.time.Duration timeout) {
        if (!cache.getClass().getName().startsWith("com.github.benmanes.caffeine.jcache.")) {
            return false;
        }
        @SuppressWarnings("unchecked")
        CaffeineConfiguration<Object, Object> configuration = cache.getConfiguration(CaffeineConfiguration.class);
        return configuration.getExpireAfterWrite().isPresent()
                && configuration.getExpireAfterWrite().getAsLong() <= Math.max(1, timeout.toNanos())
                && configuration.getExpireAfterAccess().isEmpty() && configuration.getExpiryFactory().isEmpty()
                && configuration.getTickerFactory().create() == Ticker.systemTicker();
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
}
