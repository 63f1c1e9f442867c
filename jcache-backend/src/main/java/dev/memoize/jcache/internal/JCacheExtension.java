package dev.memoize.jcache.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Makes sure {@link JCacheStorage} is a bean. The jar is a bean archive (discovery mode {@code annotated}), so a
 * server scans it as part of the application and the storage sees the application's beans (its
 * {@code MemoizeConfig}, its {@code CacheManager}); where nobody scans the jar (Weld SE without discovery, a flat
 * test deployment), the storage is added after type discovery.
 */
public final class JCacheExtension implements Extension {

    private volatile boolean discovered;

    void discovered(@Observes ProcessAnnotatedType<JCacheStorage> type) {
        discovered = true;
    }

    void addUndiscovered(@Observes AfterTypeDiscovery discovery) {
        if (!discovered) {
            discovery.addAnnotatedType(JCacheStorage.class, JCacheStorage.class.getName());
        }
    }
}
