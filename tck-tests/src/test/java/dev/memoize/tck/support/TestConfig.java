package dev.memoize.tck.support;

import dev.memoize.MemoizeConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * The suite's configuration bean: the provider the build chose, a clock the tests move, a short default timeout
 * and a short single-flight bound. Scenarios that need other values subclass it.
 */
@ApplicationScoped
public class TestConfig implements MemoizeConfig {

    private final TestClock clock = new TestClock();

    public TestClock testClock() {
        return clock;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String cachingProvider() {
        return System.getProperty("dev.memoize.cachingProvider");
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofSeconds(20);
    }

    /** The build runs the suite once more on Caffeine by reference ({@code dev.memoize.storeByValue=false}). */
    @Override
    public boolean storeByValue() {
        return Boolean.parseBoolean(System.getProperty("dev.memoize.storeByValue", "true"));
    }

    @Override
    public Duration singleFlightTimeout() {
        return Duration.ofSeconds(5);
    }
}
