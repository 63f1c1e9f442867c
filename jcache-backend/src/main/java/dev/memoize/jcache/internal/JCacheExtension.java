package dev.memoize.jcache.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Makes sure {@link JCacheStorage} is a bean, and remembers the deployment's class loader for it.
 *
 * <p>The jar is a bean archive (discovery mode {@code annotated}), so a server scans it as part of the application
 * and the storage sees the application's beans (its {@code MemoizeConfig}, its {@code CacheManager}); where nobody
 * scans the jar (Weld SE without discovery, a flat test deployment), the storage is added after type discovery.
 *
 * <p>The deployment's class loader is the thread context class loader while the container boots: Weld SE runs on
 * the application's thread, and Payara and WildFly set it to the application's class loader while they deploy.
 * Later, the first memoized call may come from any thread (a {@code ForkJoinPool} worker has the JVM's class
 * loader), so the storage never takes the loader from the calling thread.
 *
 * <p>Not final: the container may proxy it where it is injected ({@link JCacheStorage}).
 */
public class JCacheExtension implements Extension {

    private volatile boolean discovered;
    private volatile ClassLoader deploymentLoader;

    void captureDeploymentLoader(@Observes BeforeBeanDiscovery discovery) {
        deploymentLoader = Thread.currentThread().getContextClassLoader();
    }

    void discovered(@Observes ProcessAnnotatedType<JCacheStorage> type) {
        discovered = true;
    }

    /**
     * Where the library's classes are discovered under another archive's beans.xml in discovery mode {@code all}
     * (a shaded jar), only the storage may become a bean.
     */
    void vetoInternalClasses(@Observes ProcessAnnotatedType<?> type) {
        Class<?> discovered = type.getAnnotatedType().getJavaClass();
        if (discovered.getPackageName().equals(JCacheExtension.class.getPackageName())
                && discovered != JCacheStorage.class) {
            type.veto();
        }
    }

    void addUndiscovered(@Observes AfterTypeDiscovery discovery) {
        if (!discovered) {
            discovery.addAnnotatedType(JCacheStorage.class, JCacheStorage.class.getName());
        }
    }

    /**
     * The class loader of the deployment this extension belongs to: the context class loader of the thread that
     * booted the container, or this library's own class loader if that thread had none.
     *
     * @return the deployment's class loader, never {@code null}
     */
    public ClassLoader deploymentLoader() {
        ClassLoader loader = deploymentLoader;
        return loader != null ? loader : JCacheExtension.class.getClassLoader();
    }
}
