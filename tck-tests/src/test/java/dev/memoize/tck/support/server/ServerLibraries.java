package dev.memoize.tck.support.server;

import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.container.test.spi.client.deployment.AuxiliaryArchiveAppender;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the library into every test WAR deployed to a real server, as a user's build would: {@code memoize-api},
 * {@code memoize-cdi} and {@code memoize-jcache} in {@code WEB-INF/lib}; on WildFly also a JCache provider
 * (Caffeine), since WildFly offers none to applications; on Payara none, since its own Hazelcast-backed JCache
 * must hold the results. The server is named by the system property {@code memoize.tck.container}; on Weld SE and
 * embedded OpenEJB the library is on the class path and nothing is added, though on OpenEJB each deployment names
 * the library's CDI extensions ({@link EmbeddedExtensions}).
 */
public final class ServerLibraries implements LoadableExtension {

    /**
     * The system property naming the server the build runs the suite on: {@code payara}, {@code wildfly} or
     * {@code openejb}.
     */
    public static final String CONTAINER = "memoize.tck.container";

    /** Embedded OpenEJB, which runs in the test JVM with the library on the class path. */
    static final String OPENEJB = "openejb";

    @Override
    public void register(ExtensionBuilder builder) {
        String container = System.getProperty(CONTAINER, "weld");
        for (Class<? extends Library> library : appenders(container)) {
            builder.service(AuxiliaryArchiveAppender.class, library);
        }
        if (container.equals(OPENEJB)) {
            builder.service(ApplicationArchiveProcessor.class, EmbeddedExtensions.class);
        }
    }

    /**
     * The libraries a WAR needs on the named server, for tests that build their own WAR (Arquillian adds them only
     * to deployments it wraps itself).
     */
    public static List<JavaArchive> libraries(String container) {
        List<JavaArchive> archives = new ArrayList<>();
        for (Class<? extends Library> library : appenders(container)) {
            try {
                archives.add(library.getConstructor().newInstance().library());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return archives;
    }

    private static List<Class<? extends Library>> appenders(String container) {
        List<Class<? extends Library>> libraries = new ArrayList<>();
        if (!container.equals("weld") && !container.equals(OPENEJB)) {
            libraries.addAll(List.of(MemoizeApi.class, MemoizeCdi.class, MemoizeJCache.class));
        }
        if (container.equals("wildfly")) {
            libraries.addAll(List.of(CacheApi.class, Caffeine.class, CaffeineJCache.class, TypesafeConfig.class));
        }
        return libraries;
    }

    /**
     * The jar (or, in a reactor build that stopped before packaging, the classes directory) that holds a class,
     * as a library archive with the given name.
     */
    static JavaArchive libraryOf(String className, String archiveName) {
        try {
            Class<?> type = Class.forName(className, false, ServerLibraries.class.getClassLoader());
            File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.isDirectory()) {
                return ShrinkWrap.create(ExplodedImporter.class, archiveName).importDirectory(location)
                        .as(JavaArchive.class);
            }
            return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("The test class path lacks " + className + " for " + archiveName, e);
        }
    }

    /** Appends the jar that holds one class, as a library of the test WAR. */
    private abstract static class Library implements AuxiliaryArchiveAppender {

        private final String className;
        private final String archiveName;

        Library(String className, String archiveName) {
            this.className = className;
            this.archiveName = archiveName;
        }

        @Override
        public Archive<?> createAuxiliaryArchive() {
            return library();
        }

        JavaArchive library() {
            return libraryOf(className, archiveName);
        }
    }

    public static final class MemoizeApi extends Library {
        public MemoizeApi() {
            super("dev.memoize.Memoize", "memoize-api.jar");
        }
    }

    public static final class MemoizeCdi extends Library {
        public MemoizeCdi() {
            super("dev.memoize.cdi.internal.MemoizeExtension", "memoize-cdi.jar");
        }
    }

    public static final class MemoizeJCache extends Library {
        public MemoizeJCache() {
            super("dev.memoize.jcache.internal.JCacheStorage", "memoize-jcache.jar");
        }
    }

    public static final class CacheApi extends Library {
        public CacheApi() {
            super("javax.cache.Caching", "cache-api.jar");
        }
    }

    public static final class Caffeine extends Library {
        public Caffeine() {
            super("com.github.benmanes.caffeine.cache.Caffeine", "caffeine.jar");
        }
    }

    public static final class CaffeineJCache extends Library {
        public CaffeineJCache() {
            super("com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider", "caffeine-jcache.jar");
        }
    }

    public static final class TypesafeConfig extends Library {
        public TypesafeConfig() {
            super("com.typesafe.config.Config", "typesafe-config.jar");
        }
    }
}
