package dev.memoize.tck.support;

import dev.memoize.cdi.internal.MemoizeExtension;
import dev.memoize.jcache.internal.JCacheExtension;
import jakarta.enterprise.inject.se.SeContainerInitializer;

/**
 * A CDI SE container of its own, through the portable {@link SeContainerInitializer} (Weld SE or OpenWebBeans SE,
 * whichever is on the class path), without discovery, with the library's two extensions: for tests that boot one
 * directly.
 */
public final class SeContainers {

    private SeContainers() {
    }

    /** A container with the library's extensions and no discovery. */
    public static SeContainerInitializer withMemoize() {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance().disableDiscovery()
                .addExtensions(new MemoizeExtension(), new JCacheExtension());
        if (initializer.getClass().getName().startsWith("org.jboss.weld.")) {
            // Weld's shutdown hook, a thread made here, would hold the test's class loader until the JVM exits.
            // (OpenWebBeans reads every property as a service class name: Weld's are for Weld only.)
            initializer.addProperty("org.jboss.weld.se.shutdownHook", false);
        }
        return initializer;
    }
}
