package dev.memoize.tck.support.server;

import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.container.ClassContainer;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Enables the library's CDI extensions in each deployment to embedded OpenEJB. The library stays on the test class
 * path, where the application class loader finds its classes, but OpenEJB's Arquillian adapter looks for
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension} in the deployed archive only, so this names the
 * library's extensions there, as the library's own jars would in {@code WEB-INF/lib}. It also adds
 * {@link DefaultDataSource}, the default data source the transaction tests use.
 */
public final class EmbeddedExtensions implements ApplicationArchiveProcessor {

    private static final String SERVICES = "META-INF/services/jakarta.enterprise.inject.spi.Extension";

    @Override
    public void process(Archive<?> archive, TestClass testClass) {
        String path = (archive instanceof WebArchive ? "WEB-INF/classes/" : "") + SERVICES;
        Set<String> extensions = new LinkedHashSet<>();
        Node existing = archive.get(path);
        if (existing != null && existing.getAsset() != null) {
            try (InputStream in = existing.getAsset().openStream()) {
                extensions.addAll(lines(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        extensions.addAll(libraryExtensions());
        archive.add(new StringAsset(String.join("\n", extensions) + "\n"), path);
        if (archive instanceof ClassContainer<?> classes) {
            classes.addClass(DefaultDataSource.class);
        }
    }

    /** The extensions that the library's jars (memoize-cdi, memoize-jcache) declare. */
    private static Set<String> libraryExtensions() {
        Set<String> extensions = new LinkedHashSet<>();
        try {
            for (URL url : Collections.list(EmbeddedExtensions.class.getClassLoader().getResources(SERVICES))) {
                try (InputStream in = url.openStream()) {
                    lines(in).stream().filter(name -> name.startsWith("dev.memoize.")).forEach(extensions::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (extensions.isEmpty()) {
            throw new IllegalStateException("The test class path lacks the library's CDI extensions");
        }
        return extensions;
    }

    private static Set<String> lines(InputStream in) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String name = line.replaceFirst("#.*", "").trim();
            if (!name.isEmpty()) {
                lines.add(name);
            }
        }
        return lines;
    }
}
