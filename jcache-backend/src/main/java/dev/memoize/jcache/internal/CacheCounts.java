package dev.memoize.jcache.internal;

import javax.cache.Cache;
import javax.cache.configuration.CompleteConfiguration;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What a provider can tell of one cache's size and evictions, read only when metrics are read: the entries from
 * Caffeine's estimate or from a provider cache's own {@code size()} (Hazelcast's {@code ICache}, the cluster's
 * count); the evictions from the JSR-107 statistics MXBean ({@code javax.cache:type=CacheStatistics}), which
 * providers keep only for caches whose statistics are enabled. Otherwise -1: JCache itself has no size.
 */
final class CacheCounts {

    private CacheCounts() {
    }

    /** The cache's entries, or -1 if its provider cannot tell. */
    static long entries(Cache<?, ?> cache) {
        long caffeine = CaffeineReadsGuard.estimatedSize(cache);
        if (caffeine >= 0) {
            return caffeine;
        }
        try {
            Method size = cache.getClass().getMethod("size");
            Object count = size.invoke(cache);
            return count instanceof Number number ? number.longValue() : -1L;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError noSize) {
            return -1L;
        }
    }

    /** The cache's evictions since it was created, or -1 if its statistics are off or not published. */
    static long evictions(Cache<?, ?> cache) {
        try {
            if (!cache.getConfiguration(CompleteConfiguration.class).isStatisticsEnabled()) {
                return -1L;
            }
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            String manager = sanitized(cache.getCacheManager().getURI().toString());
            Set<ObjectName> names = server.queryNames(new ObjectName("javax.cache:type=CacheStatistics,*"), null);
            for (ObjectName name : names) {
                if (sanitized(cache.getName()).equals(unquoted(name.getKeyProperty("Cache")))
                        && manager.equals(unquoted(name.getKeyProperty("CacheManager")))) {
                    return ((Number) server.getAttribute(name, "CacheEvictions")).longValue();
                }
            }
            return -1L;
        } catch (Exception | LinkageError unknown) {
            return -1L;
        }
    }

    /** A name as providers write it in an ObjectName key value (Caffeine and the RI replace these characters). */
    private static String sanitized(String name) {
        return name.replaceAll("[,:=\n]", ".");
    }

    private static String unquoted(String value) {
        if (value == null) {
            return "";
        }
        try {
            return value.startsWith("\"") ? ObjectName.unquote(value) : value;
        } catch (IllegalArgumentException notQuoted) {
            return value;
        }
    }

    /** Calls {@link CaffeineReads} only where Caffeine is there. */
    private static final class CaffeineReadsGuard {
        static long estimatedSize(Cache<?, ?> cache) {
            if (!cache.getClass().getName().startsWith("com.github.benmanes.caffeine.jcache.")) {
                return -1L;
            }
            try {
                return CaffeineReads.estimatedSize(cache);
            } catch (LinkageError noCaffeine) {
                return -1L;
            }
        }
    }
}
