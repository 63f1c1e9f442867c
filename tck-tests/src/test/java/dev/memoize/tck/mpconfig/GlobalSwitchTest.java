package dev.memoize.tck.mpconfig;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.MicroProfileConfig;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code Memoize/enabled=false} switches memoization off for every function of the deployment; a more specific
 * key switches one function back on. (Arguments differ from the other tests': a Hazelcast member outlives
 * deployments.)
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf(value = "dev.memoize.tck.support.MicroProfileConfig#present",
        disabledReason = "no MicroProfile Config in this run")
class GlobalSwitchTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Forecasts.class, Tides.class, MicroProfileConfig.class)
                .addAsManifestResource(new StringAsset("""
                        Memoize/enabled=false
                        %s/high/Memoize/enabled=true
                        """.formatted(Tides.class.getName())), "microprofile-config.properties");
    }

    @Inject
    Forecasts forecasts;

    @Inject
    Tides tides;

    @Inject
    Runs runs;

    @Test
    void everyFunctionRunsItsBodyOnEveryCall() {
        forecasts.daily("alta");
        forecasts.daily("alta");
        forecasts.weekly("alta");
        forecasts.weekly("alta");
        assertEquals(2, runs.of("daily"));
        assertEquals(2, runs.of("weekly"));
    }

    @Test
    void aMethodKeySwitchesOneFunctionBackOn() {
        tides.high("narvik");
        tides.high("narvik");
        assertEquals(1, runs.of("high"), "memoized: its own key wins over Memoize/enabled");
    }
}
