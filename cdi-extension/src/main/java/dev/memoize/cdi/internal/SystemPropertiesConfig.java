package dev.memoize.cdi.internal;

import dev.memoize.MemoizeConfig;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The built-in {@link MemoizeConfig}, used when the application declares none: the interface's defaults,
 * each overridable by the system property its Javadoc names.
 */
final class SystemPropertiesConfig implements MemoizeConfig {

    private static final String PREFIX = "dev.memoize.";

    private final Duration defaultTimeout = duration("defaultTimeout", MemoizeConfig.super.defaultTimeout());
    private final boolean strict = Boolean.parseBoolean(property("strict", String.valueOf(MemoizeConfig.super.strict())));
    private final Duration singleFlightTimeout = duration("singleFlightTimeout", MemoizeConfig.super.singleFlightTimeout());
    private final String cachingProvider = property("cachingProvider", MemoizeConfig.super.cachingProvider());
    private final String cacheNamePrefix = property("cacheNamePrefix", MemoizeConfig.super.cacheNamePrefix());
    private final boolean storeByValue = Boolean.parseBoolean(property("storeByValue", String.valueOf(MemoizeConfig.super.storeByValue())));
    private final int maxKeyLength = integer("maxKeyLength", MemoizeConfig.super.maxKeyLength());
    private final Duration localLease = duration("localLease", MemoizeConfig.super.localLease());
    private final Set<String> immutableTypes = names("immutableTypes", MemoizeConfig.super.immutableTypes());
    private final long maxEntries = positive("maxEntries", MemoizeConfig.super.maxEntries());
    private final boolean entityKeys = Boolean.parseBoolean(property("entityKeys", String.valueOf(MemoizeConfig.super.entityKeys())));

    private static String property(String name, String fallback) {
        String value = System.getProperty(PREFIX + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int integer(String name, int fallback) {
        String value = property(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + PREFIX + name + "=" + value
                    + " is not a whole number. Fix: give a number of characters, such as 250.", e);
        }
    }

    private static Set<String> names(String name, Set<String> fallback) {
        String value = property(name, null);
        if (value == null) {
            return fallback;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return Set.copyOf(names);
    }

    private static long positive(String name, long fallback) {
        String value = property(name, null);
        try {
            long parsed = value == null ? fallback : Long.parseLong(value);
            if (parsed <= 0) {
                throw new NumberFormatException("not positive");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + PREFIX + name + "=" + value
                    + " is not a positive whole number. Fix: give a number of entries, such as 10000, or "
                    + Long.MAX_VALUE + " for no bound.", e);
        }
    }

    private static Duration duration(String name, Duration fallback) {
        String value = property(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return value.startsWith("P") || value.startsWith("p")
                    ? Duration.parse(value) : Duration.ofSeconds(Long.parseLong(value));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("System property " + PREFIX + name + "=" + value
                    + " is not a duration. Fix: give seconds (300) or ISO-8601 (PT5M).", e);
        }
    }

    @Override
    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    @Override
    public boolean strict() {
        return strict;
    }

    @Override
    public Duration singleFlightTimeout() {
        return singleFlightTimeout;
    }

    @Override
    public String cachingProvider() {
        return cachingProvider;
    }

    @Override
    public String cacheNamePrefix() {
        return cacheNamePrefix;
    }

    @Override
    public boolean storeByValue() {
        return storeByValue;
    }

    @Override
    public int maxKeyLength() {
        return maxKeyLength;
    }

    @Override
    public Duration localLease() {
        return localLease;
    }

    @Override
    public Set<String> immutableTypes() {
        return immutableTypes;
    }

    @Override
    public long maxEntries() {
        return maxEntries;
    }

    @Override
    public boolean entityKeys() {
        return entityKeys;
    }
}
