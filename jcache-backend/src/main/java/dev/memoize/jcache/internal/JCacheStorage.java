package dev.memoize.jcache.internal;

import dev.memoize.MemoizeConfig;
import dev.memoize.spi.MemoCache;
import dev.memoize.spi.MemoStorage;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.spi.CachingProvider;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Stores memoized results in JSR-107 caches: one cache per function, named {@code <prefix><function>}, whose
 * entries expire a timeout after each write ({@link ModifiedExpiryPolicy}; on Caffeine, Caffeine's own expiry after
 * write, see {@link ProviderConfigurations}) and which keep at most a bound of entries, and one eternal, unbounded cache of version
 * records, {@code <prefix>versions}. A cache that already exists (configured by the application or the server)
 * is used as it is.
 *
 * <p>The cache manager is the application's {@link CacheManager} bean if it has one (never closed here);
 * otherwise this storage opens one from the configured or default caching provider on first use. The provider is
 * looked up, and a local provider's manager opened, with the deployment's class loader (the one the container
 * booted with, {@link JCacheExtension#deploymentLoader()}), never with that of the thread that happens to make the
 * first call: a local provider's by-value copies resolve classes with its manager's loader. That manager is closed
 * when the container stops. A distributed provider's default manager is shared by the whole JVM (its caches
 * outlive one application by design), so it is left open, and it is opened with the provider's own class loader
 * as the thread's context class loader, so that the threads it starts (a Hazelcast member's) do not pin the
 * deployment's class loader after undeploy.
 */
@ApplicationScoped
public class JCacheStorage implements MemoStorage {

    private static final System.Logger LOGGER = System.getLogger("dev.memoize");
    private static final java.util.List<String> LOCAL_PROVIDERS = java.util.List.of(
            "com.github.benmanes.caffeine.", "org.jsr107.ri.", "org.ehcache.");

    private final Instance<CacheManager> applicationManagers;
    private final MemoizeConfig config;
    private final ClassLoader deploymentLoader;
    private final Object lock = new Object();
    private volatile CacheManager manager;
    private volatile boolean owned;
    private volatile Boolean distributed;

    /** For the container's client proxy only. */
    protected JCacheStorage() {
        this.applicationManagers = null;
        this.config = null;
        this.deploymentLoader = null;
    }

    @Inject
    JCacheStorage(Instance<CacheManager> applicationManagers, MemoizeConfig config, JCacheExtension extension) {
        this.applicationManagers = applicationManagers;
        this.config = config;
        this.deploymentLoader = extension.deploymentLoader();
    }

    @Override
    public MemoCache cache(String function, java.time.Duration timeout, long maxEntries) {
        String name = config.cacheNamePrefix() + function;
        return new JCacheMemoCache(cache(name, timeout == null
                ? EternalExpiryPolicy.factoryOf()
                : ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.MILLISECONDS, Math.max(1, timeout.toMillis()))),
                timeout, maxEntries), distributed());
    }

    @Override
    public MemoCache versions() {
        return new JCacheMemoCache(versionsCache(), distributed());
    }

    private Cache<String, Object> versionsCache() {
        return cache(config.cacheNamePrefix() + "versions", EternalExpiryPolicy.factoryOf(), null, Long.MAX_VALUE);
    }

    /** A local provider runs synchronous listeners in the writing thread, before the write returns. */
    @Override
    public boolean canWatchVersions() {
        return !distributed();
    }

    @Override
    public AutoCloseable watchVersions(BiConsumer<String, Long> changed) {
        if (!canWatchVersions()) {
            return null;
        }
        Cache<String, Object> cache = versionsCache();
        var listener = new MutableCacheEntryListenerConfiguration<String, Object>(
                FactoryBuilder.factoryOf(new VersionListener(changed)), null, false, true);
        cache.registerCacheEntryListener(listener);
        return () -> {
            if (!cache.isClosed()) {
                cache.deregisterCacheEntryListener(listener);
            }
        };
    }

    /** Caches of providers known to keep values in this JVM are local; every other provider's are distributed. */
    @Override
    public boolean distributed() {
        Boolean known = distributed;
        if (known == null) {
            known = !isLocal(providerType());
            distributed = known;
        }
        return known;
    }

    /**
     * The class of the provider that will hold the results, found without opening a cache manager (so without
     * connecting anywhere): the application manager's, or the configured or default one.
     */
    private Class<?> providerType() {
        CacheManager current = manager;
        if (current != null) {
            return current.getCachingProvider().getClass();
        }
        CacheManager application = applicationManagers.isResolvable() ? applicationManagers.get() : null;
        return application != null ? application.getCachingProvider().getClass()
                : provider(deploymentLoader).getClass();
    }

    private static boolean isLocal(Class<?> providerType) {
        return LOCAL_PROVIDERS.stream().anyMatch(providerType.getName()::startsWith);
    }

    @Override
    public String describe() {
        if (manager == null) {
            return "JCache (" + (config.cachingProvider() == null ? "default provider" : config.cachingProvider())
                    + ", opened on first use)";
        }
        return "JCache " + manager.getCachingProvider().getClass().getName() + " " + manager.getURI();
    }

    /**
     * The cache manager that holds the results, opened if need be: for tools and tests that browse the caches
     * ({@code memoize.<function>} and {@code memoize.versions}). Callers must not close it.
     *
     * @return the cache manager, owned by this storage
     */
    public CacheManager cacheManager() {
        return manager();
    }

    private Cache<String, Object> cache(String name,
                                        javax.cache.configuration.Factory<? extends javax.cache.expiry.ExpiryPolicy> expiry,
                                        java.time.Duration timeout, long maxEntries) {
        CacheManager cacheManager = manager();
        Cache<String, Object> existing = cacheManager.getCache(name);
        if (existing != null) {
            return existing;
        }
        // The library copies mutable results itself (and sends byte arrays to a distributed cache), with the memoized
        // method's class loader: a local cache keeps its memos by reference and never serializes a class of the
        // library or of the application.
        MutableConfiguration<String, Object> configuration = new MutableConfiguration<String, Object>()
                .setStoreByValue(distributed())
                .setExpiryPolicyFactory(expiry);
        try {
            return cacheManager.createCache(name, ProviderConfigurations.bounded(
                    cacheManager.getCachingProvider().getClass().getName(), configuration, timeout, maxEntries, name));
        } catch (javax.cache.CacheException alreadyCreated) {
            Cache<String, Object> concurrent = cacheManager.getCache(name);
            if (concurrent == null) {
                throw alreadyCreated;
            }
            return concurrent;
        }
    }

    private CacheManager manager() {
        CacheManager current = manager;
        if (current != null) {
            return current;
        }
        synchronized (lock) {
            if (manager == null) {
                CacheManager application = applicationManagers.isResolvable() ? applicationManagers.get() : null;
                // Payara's producer yields null when its data grid is off: then open one as if none was produced.
                manager = application != null ? application : openManager();
            }
            return manager;
        }
    }

    /**
     * Opens a manager of the configured (or the only) provider. A local provider's manager is the application's
     * own, for the deployment's class loader (which resolves the classes of by-value copies), and closed with the
     * container. A distributed provider's manager is the JVM-wide default one, looked up through the provider's
     * own class loader, so that every application and every JVM sees the same cache names (values reach it as
     * bytes); it is opened with that loader as the context class loader, because the member or client it may start
     * keeps threads that inherit the context class loader for the life of the JVM.
     */
    private CacheManager openManager() {
        CachingProvider provider = provider(deploymentLoader);
        owned = isLocal(provider.getClass());
        CacheManager opened;
        if (owned) {
            opened = provider.getCacheManager(provider.getDefaultURI(), deploymentLoader);
        } else {
            ClassLoader providerLoader = provider.getClass().getClassLoader();
            provider = provider(providerLoader);
            opened = withContextClassLoader(providerLoader, provider);
        }
        CachingProvider chosen = provider;
        LOGGER.log(Level.INFO, () -> "Memoize: storing results in " + chosen.getClass().getName() + " " + opened.getURI());
        return opened;
    }

    /** The provider's default manager, opened with {@code loader} as the thread's context class loader. */
    private static CacheManager withContextClassLoader(ClassLoader loader, CachingProvider provider) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private CachingProvider provider(ClassLoader loader) {
        String name = config.cachingProvider();
        return name == null ? Caching.getCachingProvider(loader) : Caching.getCachingProvider(name, loader);
    }

    @PreDestroy
    void close() {
        synchronized (lock) {
            if (manager != null && owned && !manager.isClosed()) {
                manager.close();
            }
            manager = null;
        }
    }
}
