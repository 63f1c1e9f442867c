package dev.memoize.benchmarks;

import com.hazelcast.config.Config;
import com.hazelcast.config.XmlConfigBuilder;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.io.InputStream;

/** The cache configurations the benchmarks compare; each sets the library's system properties before Weld starts. */
final class Storage {

    static final String CAFFEINE = "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider";
    static final String HAZELCAST_MEMBER = "com.hazelcast.cache.HazelcastMemberCachingProvider";
    static final String HAZELCAST_CLIENT = "com.hazelcast.client.cache.HazelcastClientCachingProvider";

    private Storage() {
    }

    /** Configures one storage: {@code caffeine-reference}, {@code caffeine-value}, {@code hazelcast-member}, {@code hazelcast-client}. */
    static HazelcastInstance configure(String storage) {
        System.setProperty("hazelcast.phone.home.enabled", "false");
        System.setProperty("hazelcast.logging.type", "none");
        System.setProperty("java.net.preferIPv4Stack", "true");
        System.setProperty("hazelcast.config", "classpath:memoize-bench-hazelcast.xml");
        System.setProperty("hazelcast.client.config", "classpath:memoize-bench-client.xml");
        System.setProperty("dev.memoize.storeByValue", Boolean.toString(!storage.equals("caffeine-reference")));
        switch (storage) {
            case "caffeine-reference", "caffeine-value" -> System.setProperty("dev.memoize.cachingProvider", CAFFEINE);
            case "hazelcast-member" -> System.setProperty("dev.memoize.cachingProvider", HAZELCAST_MEMBER);
            case "hazelcast-client" -> {
                System.setProperty("dev.memoize.cachingProvider", HAZELCAST_CLIENT);
                return startMember();
            }
            default -> throw new IllegalArgumentException("unknown storage " + storage);
        }
        return null;
    }

    /** A member in this JVM for the client to talk to. */
    private static HazelcastInstance startMember() {
        try (InputStream xml = Storage.class.getResourceAsStream("/memoize-bench-hazelcast.xml")) {
            Config config = new XmlConfigBuilder(xml).build();
            return Hazelcast.newHazelcastInstance(config);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cache manager the library opens for the configured provider (same rule as its JCache storage). */
    static CacheManager cacheManager() {
        String name = System.getProperty("dev.memoize.cachingProvider");
        var provider = Caching.getCachingProvider(name, Thread.currentThread().getContextClassLoader());
        if (name.equals(CAFFEINE)) {
            return provider.getCacheManager(provider.getDefaultURI(), Thread.currentThread().getContextClassLoader());
        }
        provider = Caching.getCachingProvider(name, provider.getClass().getClassLoader());
        return provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader());
    }
}
