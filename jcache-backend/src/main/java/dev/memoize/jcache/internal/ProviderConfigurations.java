package dev.memoize.jcache.internal;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;

import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import java.lang.System.Logger.Level;
import java.util.OptionalLong;
import java.util.concurrent.Executor;

/**
 * Bounds the caches the library creates, in each provider's own configuration (JSR-107 has no size bound): a
 * {@code CaffeineConfiguration} with a maximum size (and the timeout, plus two seconds, as Caffeine's own expiry after
 * write) on Caffeine, a {@code CacheConfig} with an entry-count eviction
 * on Hazelcast (whose own default is 10,000 entries, LRU). The provider classes are touched only when that provider
 * holds the results, so neither is needed at run time otherwise. Another provider, or one whose configuration
 * classes this library cannot see (a server's own Hazelcast), gets the standard configuration and its own bound,
 * said once in the log.
 */
final class ProviderConfigurations {

    private static final System.Logger LOGGER = System.getLogger("dev.memoize");

    private ProviderConfigurations() {
    }

    /**
     * The configuration to create a cache with: {@code base}, bounded to {@code maxEntries} where the provider can.
     *
     * @param provider the caching provider's class name
     * @param base the standard configuration (types, expiry, store-by-value)
     * @param timeout the entries' lifetime from each write ({@code base} expires them so), {@code null} for none
     * @param maxEntries the most entries, {@code Long.MAX_VALUE} for no bound
     * @param cache the cache's name, for the log
     */
    static CompleteConfiguration<String, Object> bounded(String provider, MutableConfiguration<String, Object> base,
                                                        java.time.Duration timeout, long maxEntries, String cache) {
        try {
            if (provider.startsWith("com.github.benmanes.caffeine.")) {
                return Caffeine.bounded(base, timeout, maxEntries);
            }
            if (provider.startsWith("com.hazelcast.")) {
                return Hazelcast.bounded(base, maxEntries);
            }
        } catch (LinkageError invisible) {
            LOGGER.log(Level.INFO, () -> "Memoize: cache " + cache + " keeps the provider's own size bound: the "
                    + "configuration classes of " + provider + " are not visible to the library (" + invisible + ").");
            return base;
        }
        if (maxEntries != Long.MAX_VALUE) {
            LOGGER.log(Level.INFO, () -> "Memoize: cache " + cache + " keeps the provider's own size bound: "
                    + provider + " has no bound the library knows how to set. Configure the cache in the provider.");
        }
        return base;
    }

    /** Seconds Caffeine keeps an entry past its timeout: more than its one-second write-time tolerance. */
    static final long EXPIRY_SLACK_SECONDS = 2;

    /** The timeout plus the slack in nanoseconds, at most {@code Long.MAX_VALUE} (292 years). */
    private static long saturatedNanos(java.time.Duration timeout) {
        try {
            return timeout.plusSeconds(EXPIRY_SLACK_SECONDS).toNanos();
        } catch (ArithmeticException longerThan292Years) {
            return Long.MAX_VALUE;
        }
    }

    private static final class Caffeine {

        static CompleteConfiguration<String, Object> bounded(MutableConfiguration<String, Object> base,
                                                             java.time.Duration timeout, long maxEntries) {
            CaffeineConfiguration<String, Object> configuration = new CaffeineConfiguration<>(base);
            if (timeout != null) {
                // Caffeine's own expiry after write removes the entries, rather than the JCache policy, which its
                // JCache layer maps to a variable expiry that reads the clock on every read. Caffeine counts from its
                // last write with a tolerance of one second (and a failed conditional write counts as one), so it
                // gets the timeout plus two seconds, never removing an entry early; the library checks each
                // entry's exact deadline on every read, so none is served late.
                configuration.setExpiryPolicyFactory(javax.cache.expiry.EternalExpiryPolicy.factoryOf());
                configuration.setExpireAfterWrite(OptionalLong.of(saturatedNanos(timeout)));
            }
            if (maxEntries != Long.MAX_VALUE) {
                configuration.setMaximumSize(OptionalLong.of(maxEntries));
            }
            // Maintenance and listener events on the calling thread, never on the common pool: a bounded cache
            // drains its recorded reads in batches (on the pool each batch wakes a worker), and a write waits for
            // its synchronous listeners (the version records' own), which an application keeping the pool's
            // workers busy would delay (on two cores JDK 25 runs supplyAsync tasks on its single worker).
            configuration.setExecutorFactory(new CallerRuns());
            return configuration;
        }
    }

    /** Runs the cache's maintenance (eviction, expiry, listener events) on the thread that triggered it. */
    private static final class CallerRuns implements Factory<Executor> {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Executor create() {
            return Runnable::run;
        }
    }

    private static final class Hazelcast {

        static CompleteConfiguration<String, Object> bounded(MutableConfiguration<String, Object> base, long maxEntries) {
            CacheConfig<String, Object> configuration = new CacheConfig<>(base);
            configuration.setEvictionConfig(new EvictionConfig()
                    .setSize((int) Math.min(maxEntries, Integer.MAX_VALUE))
                    .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                    .setEvictionPolicy(EvictionPolicy.LRU));
            return configuration;
        }
    }
}
