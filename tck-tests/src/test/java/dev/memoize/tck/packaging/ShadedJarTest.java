package dev.memoize.tck.packaging;

import dev.memoize.Memoize;
import dev.memoize.cdi.internal.MemoizeExtension;
import dev.memoize.jcache.internal.JCacheExtension;
import dev.memoize.tck.packaging.app.Prices;
import dev.memoize.tck.packaging.app.ShadedMain;
import dev.memoize.tck.packaging.app.ShortFlightConfig;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library in an uber jar, as maven-shade makes it: the classes of memoize-api, memoize-cdi, memoize-jcache and
 * the application in one jar, whose one {@code META-INF/beans.xml} is the application's (the library's, with its
 * {@code <exclude>} of the interceptor, are gone) and whose {@code META-INF/services} files are merged (shade's
 * ServicesResourceTransformer). The application boots CDI SE with discovery from that jar, in a class loader that
 * sees the library and the application only there. The interceptor must be bound once: the cold call is one miss
 * and returns promptly (bound twice, it was two misses, and the outer call waited out the single-flight timeout on
 * itself), the warm call a hit. In discovery mode {@code all} the application's own {@code MemoizeConfig} must be
 * the only one (the library's internal one was a second bean).
 *
 * <p>It boots its own container with Caffeine, so it runs with the Caffeine builds only.
 */
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine.*")
class ShadedJarTest {

    /** The library's modules, each named by one of its classes: in the shaded jar, and nowhere else. */
    private static final List<Class<?>> LIBRARY = List.of(Memoize.class, MemoizeExtension.class, JCacheExtension.class);

    private static final String EXTENSIONS = "META-INF/services/jakarta.enterprise.inject.spi.Extension";

    /** Only against a hang: a cold call that waits out the built-in single-flight timeout (30 s) fails before. */
    private static final Duration HANG = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @ParameterizedTest(name = "bean-discovery-mode=\"{0}\"")
    @ValueSource(strings = {"annotated", "all"})
    void theInterceptorIsBoundOnceInAShadedJar(String mode) throws Exception {
        Path jar = temp.resolve("shaded-" + mode + ".jar");
        shadedJar(mode).as(ZipExporter.class).exportTo(jar.toFile(), true);

        try (URLClassLoader application = new URLClassLoader("shaded " + mode, classPathWith(jar),
                ClassLoader.getPlatformClassLoader())) {
            String inJar = "jar:" + jar.toUri().toURL() + "!/";
            assertEquals(List.of(inJar + "META-INF/beans.xml"), resources(application, "META-INF/beans.xml"),
                    "precondition: the shaded jar is the class path's only bean archive");
            for (Class<?> type : List.of(MemoizeExtension.class, JCacheExtension.class, Prices.class)) {
                String classFile = type.getName().replace('.', '/') + ".class";
                assertEquals(List.of(inJar + classFile), resources(application, classFile),
                        "precondition: " + type.getName() + " is in the shaded jar only");
            }

            Map<String, Long> report = assertTimeoutPreemptively(HANG, () -> runIn(application));

            assertEquals(1L, report.get("missesAfterFirstCall"),
                    "the cold call is one miss (0: the interceptor is not bound, 2: bound twice) " + report);
            assertTrue(report.get("firstCallMillis") < 15_000,
                    "the cold call returns promptly, not after a single-flight timeout " + report);
            assertEquals(1L, report.get("bodyRuns"), "the warm call is a hit " + report);
            assertEquals(1L, report.get("sameResult"), report.toString());
            assertEquals(1L, report.get("hits"), report.toString());
            assertEquals(1L, report.get("misses"), report.toString());
            assertEquals(0L, report.get("singleFlightWaits"), report.toString());
            if (mode.equals("all")) {
                assertEquals(ShortFlightConfig.SINGLE_FLIGHT_TIMEOUT.toMillis(),
                        report.get("singleFlightTimeoutMillis"),
                        "the application's MemoizeConfig is the one the container resolves " + report);
            }
        }
    }

    /**
     * The uber jar: every class and resource of the library's modules but their beans.xml, the application, one
     * beans.xml in the given discovery mode, and the services files merged. In mode {@code all} the application
     * also declares its own {@code MemoizeConfig}.
     */
    private static JavaArchive shadedJar(String mode) throws IOException, URISyntaxException {
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "shaded-" + mode + ".jar");
        Map<String, StringBuilder> services = new LinkedHashMap<>();
        for (Class<?> module : LIBRARY) {
            for (Map.Entry<String, byte[]> entry : contents(location(module)).entrySet()) {
                String name = entry.getKey();
                if (name.startsWith("META-INF/services/")) {
                    services.computeIfAbsent(name, n -> new StringBuilder()).append(new String(entry.getValue())
                            .strip()).append('\n');
                } else if ((name.equals("META-INF/LICENSE") || name.equals("META-INF/NOTICE")) && jar.contains(name)) {
                    continue; // every module carries the same licence files; a shading build keeps one
                } else if (!name.equals("META-INF/beans.xml") && !name.equals("META-INF/MANIFEST.MF")) {
                    assertTrue(!jar.contains(name), "two modules have " + name);
                    jar.add(new ByteArrayAsset(entry.getValue()), name);
                }
            }
        }
        services.forEach((name, lines) -> jar.add(new StringAsset(lines.toString()), name));
        assertEquals(List.of(MemoizeExtension.class.getName(), JCacheExtension.class.getName()),
                services.get(EXTENSIONS).toString().lines().toList(), "precondition: both extensions, merged");

        jar.addClasses(Prices.class, ShadedMain.class);
        if (mode.equals("all")) {
            jar.addClass(ShortFlightConfig.class);
        }
        return jar.addAsManifestResource(new StringAsset("""
                <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
                       version="4.0" bean-discovery-mode="%s">
                </beans>
                """.formatted(mode)), "beans.xml");
    }

    /**
     * The shaded jar, then the test class path (the container, Caffeine, the APIs) without the library's modules
     * and the test classes: the library and the application are visible once, from the shaded jar.
     */
    private static URL[] classPathWith(Path jar) throws IOException, URISyntaxException {
        Set<Path> left = new HashSet<>();
        for (Class<?> type : LIBRARY) {
            left.add(location(type).toRealPath());
        }
        left.add(location(ShadedJarTest.class).toRealPath());
        List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.isBlank() && Files.exists(path) && !left.contains(path.toRealPath())) {
                urls.add(path.toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Calls {@link ShadedMain#run} as the application's own, with its class loader as the context class loader. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> runIn(ClassLoader application) throws Throwable {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            return (Map<String, Long>) application.loadClass(ShadedMain.class.getName()).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The jar or classes directory a class was loaded from. */
    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> resources(ClassLoader loader, String name) throws IOException {
        return Collections.list(loader.getResources(name)).stream().map(URL::toString).toList();
    }

    /** Every file of a jar or classes directory, by its path in the jar. */
    private static Map<String, byte[]> contents(Path location) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(location.relativize(file).toString().replace(File.separatorChar, '/'),
                            Files.readAllBytes(file));
                }
            }
            return files;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory()) {
                    try (var in = jar.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return files;
    }
}
