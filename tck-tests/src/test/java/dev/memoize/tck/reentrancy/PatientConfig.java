package dev.memoize.tck.reentrancy;

import dev.memoize.tck.support.TestConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;

/** The library's default single-flight bound, 30 s, rather than the suite's short one. */
@Alternative
@Priority(1)
@ApplicationScoped
public class PatientConfig extends TestConfig {

    static final Duration SINGLE_FLIGHT_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public Duration singleFlightTimeout() {
        return SINGLE_FLIGHT_TIMEOUT;
    }
}
