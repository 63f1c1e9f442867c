package dev.memoize.tck.review2;

import io.smallrye.config.EnvConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Config sources of the configuration probes (not named Review2*, so that runs without MicroProfile Config never load them). */
public final class ProbeSources {

    private ProbeSources() {
    }

    /** Environment variables, as MicroProfile Config maps them (an env source with a fixed map). */
    public static class EnvLike extends EnvConfigSource {
        public static final Map<String, String> ENV = new ConcurrentHashMap<>();

        public EnvLike() {
            super(Map.copyOf(ENV), 300);
        }
    }

    /** A custom source with a high ordinal. */
    public static class HighSource implements ConfigSource {
        public static final Map<String, String> VALUES = new ConcurrentHashMap<>();

        @Override
        public Set<String> getPropertyNames() {
            return VALUES.keySet();
        }

        @Override
        public String getValue(String name) {
            return VALUES.get(name);
        }

        @Override
        public String getName() {
            return "Review2HighSource";
        }

        @Override
        public int getOrdinal() {
            return 500;
        }
    }
}
