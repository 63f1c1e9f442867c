package dev.memoize.tck.packaging.app;

import dev.memoize.MemoizeConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The application's own configuration, in the {@code all} shaded jar only: it must be the one {@code MemoizeConfig}
 * bean even though the library's built-in one is in the same archive.
 */
@ApplicationScoped
public class ShortFlightConfig implements MemoizeConfig {

    /** The single-flight timeout the application chose, which the container must report. */
    public static final Duration SINGLE_FLIGHT_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public Duration singleFlightTimeout() {
        return SINGLE_FLIGHT_TIMEOUT;
    }

    @Override
    public String cachingProvider() {
        return "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider";
    }
}
