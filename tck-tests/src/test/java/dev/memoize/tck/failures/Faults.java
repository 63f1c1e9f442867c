package dev.memoize.tck.failures;

import dev.memoize.tck.support.Caches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Produces the application's CacheManager: the real one of the configured provider, whose caches throw on every
 * data operation while {@link #failing} is on. The only mock in the suite: a cache that fails on demand.
 */
@ApplicationScoped
public class Faults {

    private static final Set<String> DATA_OPERATIONS = Set.of("get", "getAll", "put", "putAll", "putIfAbsent",
            "replace", "remove", "removeAll", "getAndPut", "getAndRemove", "getAndReplace", "containsKey");

    private volatile boolean failing;
    private volatile CacheManager real;

    /** The real manager behind the produced one. */
    public CacheManager real() {
        return real;
    }

    public void failing(boolean on) {
        failing = on;
    }

    @Produces
    @ApplicationScoped
    CacheManager cacheManager() {
        real = Caches.manager();
        return proxy(CacheManager.class, real, (method, result) ->
                result instanceof Cache<?, ?> cache ? proxy(Cache.class, cache, null) : result);
    }

    void close(@Disposes CacheManager manager) {
        // The real manager is shared by the test JVM; the provider closes it at exit.
    }

    private interface Wrap {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    private <T> T proxy(Class<T> type, Object real, Wrap wrap) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (wrap == null && failing && DATA_OPERATIONS.contains(method.getName())) {
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
