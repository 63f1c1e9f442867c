package dev.memoize.jcache.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/** Registers {@link JCacheStorage} as a bean, so the jar needs no beans.xml. */
public final class JCacheExtension implements Extension {

    void registerStorage(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        discovery.addAnnotatedType(beanManager.createAnnotatedType(JCacheStorage.class), JCacheStorage.class.getName());
    }
}
