package dev.memoize.tck.review2;

import dev.memoize.Memoizer;
import dev.memoize.tck.review2.ProbeSources.EnvLike;
import dev.memoize.tck.review2.ProbeSources.HighSource;
import dev.memoize.tck.review2.Review2ConfigBeans.Weather;
import dev.memoize.tck.support.LogRecorder;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.SeContainers;
import dev.memoize.tck.support.TestConfig;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Review probes of the MicroProfile Config support (issue #13 item 3): containers booted under a class loader of
 * their own that carries META-INF/microprofile-config.properties (and, for some, config sources of the test).
 */
@EnabledIf(value = "dev.memoize.tck.support.MicroProfileConfig#present",
        disabledReason = "no MicroProfile Config in this run")
class Review2ConfigProbeTest {

    static final String W = Weather.class.getName();

    @AfterEach
    void clearSources() {
        EnvLike.ENV.clear();
        HighSource.VALUES.clear();
    }

    /** Either the deployment fails naming the key, or every call after the first is a hit. */
    @Test
    void aTimeoutThatOverflowsWithUnitHours() {
        assertFailsNamingOrMemoizes(W + "/find/Memoize/timeout=9999999999999\n" + W + "/find/Memoize/unit=HOURS\n",
                "/find/Memoize/timeout", true);
    }

    /** README: unit is "a ChronoUnit of fixed length (SECONDS, MINUTES, HOURS, DAYS, ...)". */
    @Test
    void unitDaysIsAccepted() {
        withContainer(W + "/find/Memoize/unit=DAYS\n", null, true, c -> {
            Weather w = c.select(Weather.class).get();
            Runs runs = c.select(Runs.class).get();
            TestConfig config = c.select(TestConfig.class).get();
            w.find("d");
            config.testClock().advance(Duration.ofDays(59));
            w.find("d");
            assertEquals(1, runs.of("weather.find"), "60 days");
        });
    }

    @Test
    void unitDaysOnTheClass() {
        withContainer(W + "/Memoize/unit=days\n", null, true, c -> { });
    }

    @Test
    void aTimeoutNearLongMaxInSeconds() {
        assertFailsNamingOrMemoizes(W + "/find/Memoize/timeout=9223372036854775806\n", "/find/Memoize/timeout", true);
    }

    @Test
    void aHugeDefaultTimeoutOfTheBuiltInConfiguration() {
        assertFailsNamingOrMemoizesByDefault("dev.memoize.defaultTimeout=9223372036854775807\n",
                "dev.memoize.defaultTimeout");
    }

    @Test
    void aHugeIsoDefaultTimeoutOfTheBuiltInConfiguration() {
        assertFailsNamingOrMemoizesByDefault("dev.memoize.defaultTimeout=PT2562047788015216H\n",
                "dev.memoize.defaultTimeout");
    }

    @Test
    void aNegativeMaxKeyLength() {
        assertFailsNamingOrMemoizesByDefault("dev.memoize.maxKeyLength=-1\n", "dev.memoize.maxKeyLength");
    }

    @Test
    void aZeroMaxKeyLength() {
        assertFailsNamingOrMemoizesByDefault("dev.memoize.maxKeyLength=0\n", "dev.memoize.maxKeyLength");
    }

    @Test
    void aZeroSingleFlightTimeout() {
        assertFailsNamingOrMemoizesByDefault("dev.memoize.singleFlightTimeout=0\n", "dev.memoize.singleFlightTimeout");
    }

    /** MP Config maps Memoize/enabled to the environment variable MEMOIZE_ENABLED. */
    @Test
    void anEnvironmentVariableSwitchesMemoizationOff() {
        EnvLike.ENV.put("MEMOIZE_ENABLED", "false");
        String services = EnvLike.class.getName();
        withContainer("", services, true, c -> {
            Weather w = c.select(Weather.class).get();
            Runs runs = c.select(Runs.class).get();
            w.find("oslo");
            w.find("oslo");
            assertEquals(2, runs.of("weather.find"), "MEMOIZE_ENABLED=false (env) switches memoization off");
        });
    }

    @Test
    void anEnvironmentVariableForAMethodOfANestedClass() {
        // com.x.Outer$Inner/find/Memoize/timeout -> COM_X_OUTER_INNER_FIND_MEMOIZE_TIMEOUT
        String env = (W + "/find/Memoize/timeout").replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
        EnvLike.ENV.put(env, "0");
        withContainer("", EnvLike.class.getName(), true, c -> {
            Weather w = c.select(Weather.class).get();
            Runs runs = c.select(Runs.class).get();
            w.find("oslo");
            w.find("oslo");
            assertEquals(2, runs.of("weather.find"), env + "=0 (env) switches memoization off");
        });
    }

    @Test
    void aHighOrdinalSourceWinsAndIsNamedInErrors() {
        HighSource.VALUES.put(W + "/find/Memoize/enabled", "maybe");
        try {
            withContainer(W + "/find/Memoize/enabled=true\n", HighSource.class.getName(), true, c -> { });
            fail("enabled=maybe from the high-ordinal source deployed");
        } catch (RuntimeException e) {
            String m = messages(e);
            System.out.println("PROBE high source: " + m);
            assertTrue(m.contains("Review2HighSource"), "names the source: " + m);
        }
    }

    @Test
    void aDefaultTimeoutThatIsNotADurationNamesTheFile() {
        try {
            withContainer("dev.memoize.defaultTimeout=abc\n", null, false, c -> { });
            fail("deployed");
        } catch (RuntimeException e) {
            String m = messages(e);
            System.out.println("PROBE defaultTimeout=abc: " + m);
            assertTrue(m.contains("dev.memoize.defaultTimeout=abc"), m);
            assertTrue(m.contains("microprofile-config.properties"), "names the source: " + m);
        }
    }

    @Test
    void anIsoTimeoutOverride() {
        try {
            withContainer(W + "/find/Memoize/timeout=PT5M\n", null, true, c -> { });
            fail("deployed");
        } catch (RuntimeException e) {
            System.out.println("PROBE timeout=PT5M: " + messages(e));
        }
    }

    @Test
    void unitsMillenniaAndForever() {
        for (String unit : List.of("MILLENNIA", "FOREVER", "Months")) {
            try {
                withContainer(W + "/find/Memoize/unit=" + unit + "\n", null, true, c -> { });
                fail("unit=" + unit + " deployed");
            } catch (RuntimeException e) {
                String m = messages(e);
                System.out.println("PROBE unit=" + unit + ": " + m);
                assertTrue(m.contains("unit=" + unit), m);
            }
        }
    }

    /** enabled=FALSE (any case) works; MP Config's own boolean spellings (yes/no/on/off) do not. */
    @Test
    void enabledSpellings() {
        withContainer(W + "/find/Memoize/enabled=FALSE\n", null, true, c -> {
            Weather w = c.select(Weather.class).get();
            Runs runs = c.select(Runs.class).get();
            w.find("a");
            w.find("a");
            assertEquals(2, runs.of("weather.find"));
        });
        try {
            withContainer(W + "/find/Memoize/enabled=no\n", null, true, c -> { });
            fail("enabled=no deployed");
        } catch (RuntimeException e) {
            System.out.println("PROBE enabled=no: " + messages(e));
        }
    }

    /** A global timeout turns a method its author marked never-memoized (timeout = 0) into a memoized one. */
    @Test
    void aGlobalTimeoutAndAMethodWithTimeoutZero() {
        withContainer("Memoize/timeout=30\n", null, true, c -> {
            Weather w = c.select(Weather.class).get();
            Runs runs = c.select(Runs.class).get();
            w.live("a");
            w.live("a");
            System.out.println("PROBE Memoize/timeout=30 + @Memoize(timeout=0): runs=" + runs.of("weather.live"));
            assertEquals(2, runs.of("weather.live"), "@Memoize(timeout = 0) live() is memoized by Memoize/timeout=30");
        });
    }

    /** A key spelled in another case (memoize, MEMOIZE) is silently ignored: is there a warning? */
    @Test
    void aLowercaseAnnotationNameIsWarnedAbout() {
        assertWarnedOrApplied(W + "/find/memoize/timeout=0\n", "find/memoize/timeout");
    }

    @Test
    void anUppercaseGlobalKeyIsWarnedAbout() {
        assertWarnedOrApplied("MEMOIZE/ENABLED=false\n", "MEMOIZE/ENABLED");
    }

    @Test
    void aMisspelledAnnotationNameIsWarnedAbout() {
        assertWarnedOrApplied(W + "/find/Memoise/timeout=0\n", "Memoise/timeout");
    }

    private void assertWarnedOrApplied(String properties, String key) {
        try (LogRecorder log = LogRecorder.start()) {
            withContainer(properties, null, true, c -> {
                Weather w = c.select(Weather.class).get();
                Runs runs = c.select(Runs.class).get();
                String u = "a-" + java.util.UUID.randomUUID();
                w.find(u);
                w.find(u);
                System.out.println("PROBE " + properties.trim() + ": runs=" + runs.of("weather.find") + " warnings="
                        + log.warnings("Memoize"));
                assertTrue(runs.of("weather.find") == 2 || !log.warnings(key).isEmpty(),
                        properties.trim() + " is ignored without a warning or error");
            });
        }
    }

    /** unit on its own for a DEFAULT_TIMEOUT method: nothing to rescale. */
    @Test
    void aUnitAloneOnADefaultTimeoutMethod() {
        try (LogRecorder log = LogRecorder.start()) {
            withContainer(W + "/byDefault/Memoize/unit=MILLIS\n", null, true, c -> {
                Weather w = c.select(Weather.class).get();
                Runs runs = c.select(Runs.class).get();
                TestConfig config = c.select(TestConfig.class).get();
                w.byDefault("a");
                config.testClock().advance(Duration.ofSeconds(1));
                w.byDefault("a");
                System.out.println("PROBE unit alone on DEFAULT_TIMEOUT: runs=" + runs.of("weather.byDefault")
                        + " warnings=" + log.warnings(""));
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void assertFailsNamingOrMemoizes(String properties, String key, boolean testConfig) {
        try {
            withContainer(properties, null, testConfig, c -> {
                Weather w = c.select(Weather.class).get();
                Runs runs = c.select(Runs.class).get();
                Memoizer memoizer = c.select(Memoizer.class).get();
                String arg = "x-" + java.util.UUID.randomUUID(); // Hazelcast is shared by every container of the JVM
                String first = w.find(arg);
                String second = w.find(arg);
                System.out.println("PROBE " + properties.replace('\n', ' ') + ": deployed; runs=" + runs.of("weather.find")
                        + " failures=" + memoizer.statistics());
                assertEquals(first, second);
                assertEquals(1, runs.of("weather.find"), properties + " deployed, but the method is not memoized");
            });
        } catch (RuntimeException e) {
            String m = messages(e);
            System.out.println("PROBE " + properties.replace('\n', ' ') + ": failed: " + m);
            assertTrue(m.contains(key), "names the key: " + m);
        }
    }

    private void assertFailsNamingOrMemoizesByDefault(String properties, String key) {
        try {
            withContainer(properties, null, false, c -> {
                Weather w = c.select(Weather.class).get();
                Runs runs = c.select(Runs.class).get();
                Memoizer memoizer = c.select(Memoizer.class).get();
                String arg = "x-" + java.util.UUID.randomUUID(); // Hazelcast is shared by every container of the JVM
                w.byDefault(arg);
                w.byDefault(arg);
                w.find(arg.repeat(10));
                w.find(arg.repeat(10));
                System.out.println("PROBE " + properties.replace('\n', ' ') + ": deployed; runs=" + runs.of("weather.byDefault")
                        + "/" + runs.of("weather.find") + " statistics=" + memoizer.statistics());
                assertEquals(1, runs.of("weather.byDefault"), properties + " deployed, but the method is not memoized");
                assertEquals(1, runs.of("weather.find"), properties + " deployed, but the method is not memoized");
            });
        } catch (RuntimeException e) {
            String m = messages(e);
            System.out.println("PROBE " + properties.replace('\n', ' ') + ": failed: " + m);
            assertTrue(m.contains(key), "names the key: " + m);
        }
    }

    /**
     * Boots a container under a class loader of its own carrying the properties (and a ConfigSource service file
     * naming {@code services}, if any), runs {@code body} on it and closes it.
     */
    private static void withContainer(String properties, String services, boolean testConfig, Consumer<SeContainer> body) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        List<Class<?>> beans = new ArrayList<>(List.of(Runs.class, Weather.class));
        if (testConfig) {
            beans.add(TestConfig.class);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root(properties, services)}, previous)) {
            thread.setContextClassLoader(loader);
            try (SeContainer container = SeContainers.withMemoize().addBeanClasses(beans.toArray(Class<?>[]::new))
                    .initialize()) {
                body.accept(container);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL root(String properties, String services) {
        try {
            Path root = Files.createTempDirectory("review2-mpconfig");
            Path file = root.resolve("META-INF/microprofile-config.properties");
            Files.createDirectories(file.getParent());
            Files.writeString(file, properties);
            if (services != null) {
                Path service = root.resolve("META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource");
                Files.createDirectories(service.getParent());
                Files.writeString(service, services + "\n");
            }
            return root.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
