package dev.memoize.tck.mpconfig;

import dev.memoize.Memoize;
import dev.memoize.MemoizeConfig;
import dev.memoize.tck.support.MicroProfileConfig;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An application without a {@code MemoizeConfig} of its own: the built-in one reads the {@code dev.memoize.*} keys
 * through the deployment's MicroProfile Config, here from its {@code META-INF/microprofile-config.properties}. The
 * built-in configuration's clock is the real one, so the default timeout is one second.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf(value = "dev.memoize.tck.support.MicroProfileConfig#present",
        disabledReason = "no MicroProfile Config in this run")
class BuiltInConfigTest {

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class).addClasses(Defaults.class, Runs.class, MicroProfileConfig.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new StringAsset("""
                        dev.memoize.defaultTimeout=PT1S
                        dev.memoize.maxKeyLength=120
                        """), "microprofile-config.properties");
    }

    /** A function with the configured default timeout. */
    @ApplicationScoped
    public static class Defaults {

        @Inject
        Runs runs;

        @Memoize
        public String byDefault(String x) {
            return x + " #" + runs.tick("byDefault");
        }
    }

    @Inject
    MemoizeConfig config;

    @Inject
    Defaults defaults;

    @Inject
    Runs runs;

    @Test
    void theBuiltInConfigurationReadsItsKeysThroughMicroProfileConfig() {
        assertEquals(Duration.ofSeconds(1), config.defaultTimeout());
        assertEquals(120, config.maxKeyLength());
    }

    @Test
    void theDefaultTimeoutFromMicroProfileConfigExpiresEntries() throws InterruptedException {
        defaults.byDefault("x");
        defaults.byDefault("x");
        assertEquals(1, runs.of("byDefault"), "memoized");
        Thread.sleep(1_200);
        defaults.byDefault("x");
        assertEquals(2, runs.of("byDefault"), "expired after the configured second, not the built-in 300 s");
    }
}
