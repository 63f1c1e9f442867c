package dev.memoize.tck.loaders;

import com.hazelcast.core.Hazelcast;
import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.TestConfig;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

import javax.cache.Caching;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Hazelcast member that the library starts (the caching provider named by {@code dev.memoize.cachingProvider})
 * outlives the deployment that started it, and its threads keep the context class loader they were created with.
 * That must not be the deployment's: after undeploy, the deployment's class loader is collected, and no thread
 * has it as its context class loader. Runs with the {@code hazelcast} build only.
 */
class LibraryStartedMemberTest {

    private static final String HAZELCAST_MEMBER = "com.hazelcast.cache.impl.HazelcastServerCachingProvider";

    @ApplicationScoped
    public static class Prices {
        @Memoize(timeout = 60)
        public String price(String item) {
            return item + ":" + System.nanoTime();
        }
    }

    @Test
    void anUndeployedApplicationsClassLoaderIsCollectedWhileTheMemberRunsOn() throws Exception {
        String provider = System.getProperty("dev.memoize.cachingProvider", "");
        assumeTrue(provider.equals(HAZELCAST_MEMBER), "needs the library to start a Hazelcast member");
        // The member may have been started by an earlier test class, under another thread's context class loader:
        // stop it, so that this deployment's first call starts it again.
        Caching.getCachingProvider(provider, Hazelcast.class.getClassLoader()).close();
        Hazelcast.shutdownAll();

        ClassLoader deployment = new URLClassLoader("deployment", new URL[0], getClass().getClassLoader());
        WeakReference<ClassLoader> undeployed = new WeakReference<>(deployment);
        deployAndCall(deployment);
        assertFalse(Hazelcast.getAllHazelcastInstances().isEmpty(), "precondition: the deployment started the member");

        assertEquals(List.of(), threadsWithContextLoader(deployment),
                "threads whose context class loader is the undeployed application's");

        deployment = null;
        for (int i = 0; i < 100 && undeployed.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(undeployed.get(), "the undeployed application's class loader is collected");
    }

    private static List<String> threadsWithContextLoader(ClassLoader loader) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getContextClassLoader() == loader)
                .map(Thread::getName).sorted().toList();
    }

    /** Boots a container as a server deploys an application: with its class loader as the context class loader. */
    private static void deployAndCall(ClassLoader deployment) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(deployment);
        // (SeContainers switches off Weld SE's shutdown hook, a thread that would keep the deployment's loader)
        try (SeContainer container = SeContainers.withMemoize()
                .addBeanClasses(Prices.class, TestConfig.class).initialize()) {
            Prices prices = container.select(Prices.class).get();
            assertEquals(prices.price("tea"), prices.price("tea"));
            assertEquals(1, container.select(Memoizer.class).get().statistics().hits(), "memoized in the member");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
