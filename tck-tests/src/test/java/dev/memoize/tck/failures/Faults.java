package dev.memoize.tck.failures;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Produces the application's CacheManager: the real one (the server's own if it offers one, as Payara does, else
 * the configured provider's), whose caches throw on every data operation while {@link #failing} is on. The only
 * mock in the suite: a cache that fails on demand. An alternative, so that it wins over a server's own producer.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class Faults {

    private static final Set<String> DATA_OPERATIONS = Set.of("get", "getAll", "put", "putAll", "putIfAbsent",
            "replace", "remove", "removeAll", "getAndPut", "getAndRemove", "getAndReplace", "containsKey");

    @Inject
    BeanManager beans;

    private volatile Set<String> failing = Set.of();
    private volatile CacheManager real;

    /** The real manager behind the produced one. */
    public CacheManager real() {
        return real;
    }

    /** Makes every data operation of every cache fail, or none. */
    public void failing(boolean on) {
        failing = on ? DATA_OPERATIONS : Set.of();
    }

    /** Makes only these operations fail (JCache method names: {@code put}, {@code remove}, ...). */
    public void failingOnly(String... operations) {
        failing = Set.of(operations);
    }

    @Produces
    @ApplicationScoped
    CacheManager cacheManager() {
        real = realManager();
        return proxy(CacheManager.class, real, (method, result) ->
                result instanceof Cache<?, ?> cache ? proxy(Cache.class, cache, null) : result);
    }

    /** The server's own CacheManager bean if there is one, else the one the library would open. */
    private CacheManager realManager() {
        for (Bean<?> bean : beans.getBeans(CacheManager.class)) {
            if (bean.getBeanClass() != Faults.class) {
                return (CacheManager) beans.getReference(bean, CacheManager.class, beans.createCreationalContext(bean));
            }
        }
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        String name = System.getProperty("dev.memoize.cachingProvider");
        CachingProvider provider = name == null ? Caching.getCachingProvider(application)
                : Caching.getCachingProvider(name, application);
        if (provider.getClass().getName().startsWith("com.github.benmanes.caffeine.")) {
            return provider.getCacheManager(provider.getDefaultURI(), application);
        }
        provider = Caching.getCachingProvider(provider.getClass().getName(), provider.getClass().getClassLoader());
        return provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader());
    }

    void close(@Disposes CacheManager manager) {
        // The real manager is shared by the test JVM; the provider closes it at exit.
    }

    private interface Wrap {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    private <T> T proxy(Class<T> type, Object real, Wrap wrap) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (wrap == null && failing.contains(method.getName())) {
                throw new CacheException("simulated cache failure in " + method.getName());
            }
            try {
                Object result = method.invoke(real, args);
                return wrap == null ? result : wrap.apply(method, result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }
}
