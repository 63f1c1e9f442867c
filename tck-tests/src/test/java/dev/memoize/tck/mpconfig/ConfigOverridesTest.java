package dev.memoize.tck.mpconfig;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.MicroProfileConfig;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.TestConfig;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Per-function overrides of {@code @Memoize} members, Fault Tolerance style, read through the deployment's
 * MicroProfile Config from its {@code META-INF/microprofile-config.properties}: every method below is memoized for
 * a minute by its annotation, and the configuration says otherwise. The application declares its own
 * {@code MemoizeConfig} (the suite's, with a clock the test moves): the overrides apply all the same. Runs on Weld
 * SE and OpenWebBeans SE with SmallRye Config, and on Payara Micro with the server's own MicroProfile Config.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf(value = "dev.memoize.tck.support.MicroProfileConfig#present",
        disabledReason = "no MicroProfile Config in this run")
class ConfigOverridesTest {

    static final String FORECASTS = Forecasts.class.getName();
    static final String ALMANAC = Almanac.class.getName();

    static final String PROPERTIES = """
            # class level: every memoized method of Forecasts, in its own unit
            %1$s/Memoize/timeout=30
            # method level: wins over the class level
            %1$s/daily/Memoize/timeout=10
            %1$s/weekly/Memoize/timeout=5
            %1$s/radar/Memoize/enabled=false
            # an inherited method: by its declaring class, and by one bean class (which wins there)
            %2$s/sunrise/Memoize/timeout=10
            %3$s/sunrise/Memoize/timeout=20
            """.formatted(FORECASTS, ALMANAC, Almanac.HarbourAlmanac.class.getName());

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Forecasts.class, Tides.class, Almanac.class, Almanac.CityAlmanac.class,
                        Almanac.HarbourAlmanac.class, MicroProfileConfig.class)
                .addAsManifestResource(new StringAsset(PROPERTIES), "microprofile-config.properties");
    }

    @Inject
    Forecasts forecasts;

    @Inject
    Tides tides;

    @Inject
    Almanac.CityAlmanac city;

    @Inject
    Almanac.HarbourAlmanac harbour;

    @Inject
    Memoizer memoizer;

    @Inject
    TestConfig config;

    @Inject
    Runs runs;

    @Test
    void aMethodKeyChangesTheTimeoutAndWinsOverTheClassKey() {
        forecasts.daily("oslo");
        config.testClock().advance(Duration.ofSeconds(9));
        forecasts.daily("oslo");
        assertEquals(1, runs.of("daily"), "a hit at 9 s: memoized");

        config.testClock().advance(Duration.ofSeconds(2));
        forecasts.daily("oslo");
        assertEquals(2, runs.of("daily"), "expired at 10 s (the method key), not at 30 s (class) or 60 s (annotation)");
    }

    @Test
    void aClassKeyChangesTheTimeoutOfEveryMethodOfTheClass() {
        int before = runs.of("hourly");
        forecasts.hourly("bergen");
        config.testClock().advance(Duration.ofSeconds(29));
        forecasts.hourly("bergen");
        assertEquals(before + 1, runs.of("hourly"), "a hit at 29 s");

        config.testClock().advance(Duration.ofSeconds(2));
        forecasts.hourly("bergen");
        assertEquals(before + 2, runs.of("hourly"), "expired at 30 s (the class key), not at 60 s (the annotation)");
    }

    @Test
    void anOverriddenTimeoutIsInTheMethodsUnit() {
        forecasts.weekly("tromso");
        config.testClock().advance(Duration.ofMinutes(4));
        forecasts.weekly("tromso");
        assertEquals(1, runs.of("weekly"), "a hit at 4 minutes");

        config.testClock().advance(Duration.ofMinutes(2));
        forecasts.weekly("tromso");
        assertEquals(2, runs.of("weekly"), "expired at 5 minutes (the method's unit), not 2 minutes or 5 seconds");
    }

    @Test
    void enabledFalseRunsTheBodyOnEveryCallAndCountsItBypassed() {
        long bypassedBefore = memoizer.statistics().bypassed();
        forecasts.radar("oslo");
        forecasts.radar("oslo");
        forecasts.radar("oslo");
        assertEquals(3, runs.of("radar"), "never memoized");
        assertEquals(bypassedBefore + 3, memoizer.statistics().bypassed());

        int hourlyBefore = runs.of("hourly");
        forecasts.hourly("stavanger");
        forecasts.hourly("stavanger");
        assertEquals(hourlyBefore + 1, runs.of("hourly"), "the class's other functions are still memoized");
    }

    @Test
    void aClassThatNoKeyNamesKeepsItsAnnotationsTimeout() {
        tides.high("bodo");
        config.testClock().advance(Duration.ofSeconds(59));
        tides.high("bodo");
        assertEquals(1, runs.of("high"), "a hit at 59 s: the 60 s of the annotation");
    }

    @Test
    void anInheritedMethodIsNamedByItsDeclaringClassOrItsBeanClassWhichWins() {
        city.sunrise("monday");
        harbour.sunrise("monday");
        config.testClock().advance(Duration.ofSeconds(11));
        city.sunrise("monday");
        harbour.sunrise("monday");
        assertEquals(2, runs.of("city.sunrise"), "the declaring class's key: expired at 10 s");
        assertEquals(1, runs.of("harbour.sunrise"), "its bean class's key: still memoized at 11 s");

        config.testClock().advance(Duration.ofSeconds(10));
        harbour.sunrise("monday");
        assertEquals(2, runs.of("harbour.sunrise"), "expired at 20 s");
    }
}
