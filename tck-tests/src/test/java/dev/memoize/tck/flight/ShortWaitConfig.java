package dev.memoize.tck.flight;

import dev.memoize.tck.support.TestConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;

/** Callers wait at most 300 ms for a concurrent computation. */
@Alternative
@Priority(1)
@ApplicationScoped
public class ShortWaitConfig extends TestConfig {

    @Override
    public Duration singleFlightTimeout() {
        return Duration.ofMillis(300);
    }
}
