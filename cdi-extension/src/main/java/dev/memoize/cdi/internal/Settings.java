package dev.memoize.cdi.internal;

import jakarta.enterprise.inject.spi.BeanManager;

import java.util.Set;

/**
 * Where the library reads its settings (the {@code dev.memoize.*} keys and the per-function {@code .../Memoize/...}
 * overrides): MicroProfile Config where the deployment has it, else the JVM's system properties. Read at
 * deployment only; a changed value takes effect at the next deployment.
 *
 * <p>This type references no type of the MicroProfile Config API, so the extension loads without it;
 * {@link MicroProfileSettings} does, and is loaded only once the API is known to be there.
 */
interface Settings {

    /**
     * The value of a key, trimmed.
     *
     * @return {@code null} if the key has no value or a blank one
     */
    String value(String key);

    /**
     * The key, its value and where it comes from, for messages:
     * {@code System property dev.memoize.strict=maybe}, {@code MicroProfile Config property
     * dev.memoize.strict=maybe (from PropertiesConfigSource[source=...])}.
     */
    String describe(String key);

    /** Every key this source knows, to find per-function overrides that match no memoized method. */
    Set<String> names();

    /**
     * Called when the deployment's container has validated its beans: a source that registered state for the
     * deployment which no one else owns decides here to release it when the container shuts down.
     *
     * @param manager the deployment's bean manager
     */
    default void deployed(BeanManager manager) {
    }

    /** Called when the deployment's container shuts down: releases what {@link #deployed} decided to. */
    default void shutDown() {
    }

    /**
     * The settings of a deployment: its MicroProfile Config if the API is visible to the library and to
     * {@code loader} and an implementation gives a {@code Config} for {@code loader}; else system properties.
     *
     * @param loader the deployment's class loader, never {@code null}
     */
    static Settings forDeployment(ClassLoader loader) {
        if (OptionalApis.visible(OptionalApis.MICROPROFILE_CONFIG, Settings.class.getClassLoader())
                && OptionalApis.visible(OptionalApis.MICROPROFILE_CONFIG, loader)) {
            Settings config = MicroProfileSettings.of(loader);
            if (config != null) {
                return config;
            }
        }
        return new SystemPropertySettings();
    }
}
