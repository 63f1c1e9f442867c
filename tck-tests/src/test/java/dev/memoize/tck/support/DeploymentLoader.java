package dev.memoize.tck.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The class loader of a deployment, as a server gives each application one: it defines the classes of one
 * package itself (read from the test class path) and delegates everything else to its parent. Its classes are
 * therefore distinct from the same-named classes of the JVM's application class loader, as an application's
 * classes are on a server; a copy made with the wrong loader fails with a {@code ClassCastException}.
 */
public final class DeploymentLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final String prefix;

    /** A loader that defines the classes of {@code packageName} (and its subpackages) itself. */
    public DeploymentLoader(String packageName, ClassLoader parent) {
        super("deployment " + packageName, parent);
        this.prefix = packageName + ".";
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = define(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
