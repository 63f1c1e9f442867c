package dev.memoize.tck.server.storage;

import dev.memoize.tck.hits.CatalogService;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the results go on each server: on Payara into the server's own Hazelcast-backed JCache, with no provider
 * in the WAR; on WildFly into the provider the WAR bundles (Caffeine).
 */
@ExtendWith(ArquillianExtension.class)
class ServerStorageTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(CatalogService.class);
    }

    @Inject
    CatalogService catalog;

    @Test
    void resultsGoToTheServersJCache() {
        String id = "storage-" + UUID.randomUUID();
        catalog.price(id, 1);
        var provider = Caches.manager().getCachingProvider();
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        switch (System.getProperty("memoize.tck.container")) {
            case "payara" -> {
                assertTrue(provider.getClass().getName().toLowerCase().contains("hazelcast")
                        || provider.getClass().getName().startsWith("fish.payara"), provider.getClass().getName());
                assertNotSame(application, provider.getClass().getClassLoader(), "the server's, not the WAR's");
                assertNull(application.getResource("com/github/benmanes/caffeine/jcache/spi/CaffeineCachingProvider.class"),
                        "no provider bundled");
            }
            case "wildfly" -> assertEquals("com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider",
                    provider.getClass().getName());
            default -> throw new AssertionError("run on a server: " + System.getProperty("memoize.tck.container"));
        }
        assertTrue(Caches.keys(CatalogService.class.getName() + ".price").stream().anyMatch(key -> key.contains(id)));
    }
}
