package dev.memoize.cdi.internal;

import java.util.Set;

/** The settings where MicroProfile Config is absent: the JVM's system properties, read when asked. */
final class SystemPropertySettings implements Settings {

    @Override
    public String value(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String describe(String key) {
        return "System property " + key + "=" + System.getProperty(key);
    }

    @Override
    public Set<String> names() {
        return System.getProperties().stringPropertyNames();
    }

    @Override
    public String toString() {
        return "system properties";
    }
}
