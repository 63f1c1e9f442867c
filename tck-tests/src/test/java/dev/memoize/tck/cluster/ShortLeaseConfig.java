package dev.memoize.tck.cluster;

import dev.memoize.MemoizeConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** A claim (and a wait in one JVM) lasts one second. */
@ApplicationScoped
public class ShortLeaseConfig implements MemoizeConfig {

    @Override
    public Duration singleFlightTimeout() {
        return Duration.ofSeconds(1);
    }
}
