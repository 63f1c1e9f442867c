package dev.memoize.cdi.internal;

import dev.memoize.MemoizeConfig;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The built-in {@link MemoizeConfig}, used when the application declares none: the interface's defaults, each
 * overridable by the key its Javadoc names ({@code dev.memoize.defaultTimeout}, ...), read once, at deployment,
 * through the deployment's {@link Settings}: MicroProfile Config where present, else system properties.
 */
final class BuiltInConfig implements MemoizeConfig {

    private static final String PREFIX = "dev.memoize.";

    private final Settings settings;
    private final Duration defaultTimeout;
    private final boolean strict;
    private final Duration singleFlightTimeout;
    private final String cachingProvider;
    private final String cacheNamePrefix;
    private final boolean storeByValue;
    private final int maxKeyLength;
    private final Duration localLease;
    private final Set<String> immutableTypes;
    private final long maxEntries;
    private final boolean entityKeys;

    /**
     * Reads every key.
     *
     * @throws IllegalArgumentException naming the key, its value, where it comes from and the fix, for a value
     *         that is malformed
     */
    BuiltInConfig(Settings settings) {
        this.settings = settings;
        this.defaultTimeout = duration("defaultTimeout", MemoizeConfig.super.defaultTimeout());
        this.strict = bool("strict", MemoizeConfig.super.strict());
        this.singleFlightTimeout = duration("singleFlightTimeout", MemoizeConfig.super.singleFlightTimeout());
        this.cachingProvider = property("cachingProvider", MemoizeConfig.super.cachingProvider());
        this.cacheNamePrefix = property("cacheNamePrefix", MemoizeConfig.super.cacheNamePrefix());
        this.storeByValue = bool("storeByValue", MemoizeConfig.super.storeByValue());
        this.maxKeyLength = integer("maxKeyLength", MemoizeConfig.super.maxKeyLength());
        this.localLease = duration("localLease", MemoizeConfig.super.localLease());
        this.immutableTypes = names("immutableTypes", MemoizeConfig.super.immutableTypes());
        this.maxEntries = positive("maxEntries", MemoizeConfig.super.maxEntries());
        this.entityKeys = bool("entityKeys", MemoizeConfig.super.entityKeys());
    }

    private String property(String name, String fallback) {
        String value = settings.value(PREFIX + name);
        return value == null ? fallback : value;
    }

    private IllegalArgumentException malformed(String name, String value, String problem, String fix, Exception cause) {
        return new IllegalArgumentException(settings.describe(PREFIX + name) + " " + problem + ". Fix: " + fix,
                cause);
    }

    private boolean bool(String name, boolean fallback) {
        String value = property(name, null);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw malformed(name, value, "is neither true nor false", "give true or false.", null);
    }

    private int integer(String name, int fallback) {
        String value = property(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw malformed(name, value, "is not a whole number", "give a number of characters, such as 250.", e);
        }
    }

    private Set<String> names(String name, Set<String> fallback) {
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

    private long positive(String name, long fallback) {
        String value = property(name, null);
        try {
            long parsed = value == null ? fallback : Long.parseLong(value);
            if (parsed <= 0) {
                throw new NumberFormatException("not positive");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw malformed(name, value, "is not a positive whole number",
                    "give a number of entries, such as 10000, or " + Long.MAX_VALUE + " for no bound.", e);
        }
    }

    private Duration duration(String name, Duration fallback) {
        String value = property(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            Duration parsed = value.startsWith("P") || value.startsWith("p")
                    ? Duration.parse(value) : Duration.ofSeconds(Long.parseLong(value));
            if (parsed.isNegative()) {
                throw new NumberFormatException("negative");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw malformed(name, value, "is not a duration", "give seconds (300) or ISO-8601 (PT5M).", e);
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
