package dev.memoize.cdi.internal;

import jakarta.enterprise.inject.spi.BeanManager;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import java.util.HashSet;
import java.util.ServiceConfigurationError;
import java.util.Set;

/**
 * The settings read through the deployment's MicroProfile Config, with its sources and ordinals (system
 * properties, environment variables, {@code META-INF/microprofile-config.properties}, the server's own).
 * Values are read as text and parsed by the library, so they have the same format as system properties.
 * The only class of the library that references the MicroProfile Config API: loaded only once
 * {@link Settings#forDeployment(ClassLoader)} has seen the API.
 */
final class MicroProfileSettings implements Settings {

    private final Config config;
    private volatile boolean owned;

    private MicroProfileSettings(Config config) {
        this.config = config;
    }

    /**
     * The configuration of the deployment, or {@code null} if the API is there but gives none (no
     * implementation).
     */
    static Settings of(ClassLoader loader) {
        try {
            return new MicroProfileSettings(ConfigProvider.getConfig(loader));
        } catch (RuntimeException | ServiceConfigurationError | LinkageError noImplementation) {
            Log.noMicroProfileConfig(noImplementation);
            return null;
        }
    }

    @Override
    public String value(String key) {
        String value = config.getConfigValue(key).getValue();
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String describe(String key) {
        ConfigValue value = config.getConfigValue(key);
        return "MicroProfile Config property " + key + "=" + value.getRawValue()
                + (value.getSourceName() == null ? "" : " (from " + value.getSourceName() + ")");
    }

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>();
        config.getPropertyNames().forEach(names::add);
        return names;
    }

    /**
     * {@code ConfigProvider.getConfig(loader)} registers the deployment's {@code Config} for its class loader for as
     * long as the JVM runs, unless someone releases it. A runtime that integrates MicroProfile Config with CDI (a
     * server, Helidon, SmallRye Config's CDI extension) offers a {@code Config} bean and manages that registration
     * itself; where the container has no such bean, nobody else will, so this releases it at shutdown (else each
     * redeployment's class loader stays reachable).
     */
    @Override
    public void deployed(BeanManager manager) {
        owned = manager.getBeans(Config.class).isEmpty();
    }

    @Override
    public void shutDown() {
        if (owned) {
            try {
                ConfigProviderResolver.instance().releaseConfig(config);
            } catch (RuntimeException | LinkageError alreadyGone) {
                // the implementation may already be closed with the JVM
            }
        }
    }

    @Override
    public String toString() {
        return "MicroProfile Config";
    }
}
