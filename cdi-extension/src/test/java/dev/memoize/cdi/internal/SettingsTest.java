package dev.memoize.cdi.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where MicroProfile Config cannot be asked, the library reads system properties, and loads no class of the
 * MicroProfile Config API (in a deployment without it, doing so would fail with {@code NoClassDefFoundError}).
 */
class SettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("dev.memoize.defaultTimeout");
    }

    @Test
    void withoutTheApiTheBuiltInConfigurationReadsSystemPropertiesAndNoClassOfTheApiIsLoaded() throws Exception {
        System.setProperty("dev.memoize.defaultTimeout", "PT42S");
        WithoutMicroProfileConfig loader = new WithoutMicroProfileConfig(getClass().getClassLoader());

        Class<?> settingsType = loader.loadClass(Settings.class.getName());
        Method forDeployment = settingsType.getDeclaredMethod("forDeployment", ClassLoader.class);
        forDeployment.setAccessible(true);
        Object settings = forDeployment.invoke(null, loader);
        assertEquals(SystemPropertySettings.class.getName(), settings.getClass().getName());

        Constructor<?> builtIn = loader.loadClass(BuiltInConfig.class.getName()).getDeclaredConstructor(settingsType);
        builtIn.setAccessible(true);
        Object config = builtIn.newInstance(settings);
        Method defaultTimeout = config.getClass().getMethod("defaultTimeout");
        defaultTimeout.setAccessible(true);
        assertEquals(Duration.ofSeconds(42), defaultTimeout.invoke(config));

        assertFalse(loader.loaded(MicroProfileSettings.class.getName()), "the MicroProfile class is never loaded");
        assertFalse(loader.askedForMicroProfile, "no type of the API is resolved beyond the presence check");
    }

    @Test
    void withTheApiButNoImplementationTheLibraryReadsSystemProperties() {
        // this module's tests have the API (provided) and no implementation
        Settings settings = Settings.forDeployment(getClass().getClassLoader());
        assertInstanceOf(SystemPropertySettings.class, settings);
        System.setProperty("dev.memoize.defaultTimeout", "7");
        assertEquals(Duration.ofSeconds(7), new BuiltInConfig(settings).defaultTimeout());
    }

    @Test
    void aMalformedSystemPropertyIsNamedWithItsValueAndTheFix() {
        System.setProperty("dev.memoize.defaultTimeout", "soon");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new BuiltInConfig(new SystemPropertySettings()));
        assertTrue(refused.getMessage().startsWith("System property dev.memoize.defaultTimeout=soon is not a duration"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("ISO-8601 (PT5M)"), refused.getMessage());
    }

    /**
     * A deployment's class loader without MicroProfile Config: it defines the library's internal classes itself
     * (so that they link against it) and has no {@code org.eclipse.microprofile} class.
     */
    private static final class WithoutMicroProfileConfig extends ClassLoader {

        private static final String LIBRARY = Settings.class.getPackageName() + ".";
        volatile boolean askedForMicroProfile;
        private int presenceChecks;

        WithoutMicroProfileConfig(ClassLoader parent) {
            super("without MicroProfile Config", parent);
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.eclipse.microprofile.")) {
                if (!name.equals(OptionalApis.MICROPROFILE_CONFIG) || ++presenceChecks > 2) {
                    askedForMicroProfile = true;
                }
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith(LIBRARY)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = define(name);
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
}
