package dev.memoize.tck.lifecycle;

import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.memoize.Memoize;
import dev.memoize.MemoizeStatistics;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

import javax.cache.CacheManager;
import javax.cache.spi.CachingProvider;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's recipe for a Hazelcast instance the application already runs, redeployed: the instance outlives
 * two deployments in turn (loopback only, a cluster of its own), each producing its CacheManager from it, and the second one memoizes as the first did
 * (without the recipe's disposer, the first deployment's manager kept the caches and the second ran every call
 * uncached: "Cannot overwrite a Cache's CacheManager").
 */
class SharedHazelcastRedeployTest {

    /** The application's Hazelcast instance, which outlives its deployments. */
    @ApplicationScoped
    public static class ApplicationHazelcast {

        static HazelcastInstance instance;

        @Produces
        HazelcastInstance hazelcast() {
            return instance;
        }
    }

    /** The README's recipe, as an application copies it. */
    @ApplicationScoped
    public static class MemoizeCacheManager {

        @Produces
        @ApplicationScoped
        CacheManager memoizeCacheManager(HazelcastInstance hazelcast) {
            CachingProvider provider = new HazelcastServerCachingProvider(hazelcast);
            return provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader());
        }

        void close(@Disposes CacheManager manager) {
            manager.close(); // the manager only: the Hazelcast instance outlives the deployment
        }
    }

    @ApplicationScoped
    public static class Rates {

        @jakarta.inject.Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String rate(String currency) {
            runs.tick("rate");
            return currency + " 1.0";
        }
    }

    @Test
    void theSecondDeploymentOnTheSameInstanceMemoizes() {
        assumeTrue("hazelcast".equals(System.getProperty("memoize.tck.provider")), "runs with the Hazelcast build");
        ApplicationHazelcast.instance = Hazelcast.newHazelcastInstance(loopback("memoize-redeploy-" + UUID.randomUUID()));
        try {
            deployAndCallTwice("CHF");
            MemoizeStatistics second = deployAndCallTwice("EUR");
            assertEquals(0, second.cacheFailures(), "no cache failures in the second deployment");
        } finally {
            ApplicationHazelcast.instance.shutdown();
            ApplicationHazelcast.instance = null;
        }
    }

    /** One deployment: two calls of an argument the cluster has no result for yet. */
    private static MemoizeStatistics deployAndCallTwice(String currency) {
        try (SeContainer container = SeContainers.withMemoize()
                .addBeanClasses(ApplicationHazelcast.class, MemoizeCacheManager.class, Rates.class, Runs.class)
                .initialize()) {
            Rates rates = container.select(Rates.class).get();
            assertEquals(rates.rate(currency), rates.rate(currency));
            assertEquals(1, container.select(Runs.class).get().of("rate"), "a hit: the body ran once for two calls");
            return container.select(Memoizer.class).get().statistics();
        }
    }

    private static Config loopback(String clusterName) {
        Config config = new Config()
                .setClusterName(clusterName)
                .setProperty("hazelcast.phone.home.enabled", "false")
                .setProperty("hazelcast.logging.type", "jdk")
                .setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getJetConfig().setEnabled(false);
        config.getNetworkConfig().setPort(5971).setPortAutoIncrement(true).setPortCount(20);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        return config;
    }
}
