package dev.memoize.tck.validation;

import dev.memoize.Memoize;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A malformed value in the deployment's MicroProfile Config (here its {@code META-INF/microprofile-config.properties})
 * fails the deployment with a message that names the key, its value and the fix: per-function overrides and the
 * built-in configuration's {@code dev.memoize.*} keys alike. Boots a CDI SE container directly, under a context
 * class loader that carries the properties file, so that each boot has a configuration of its own.
 */
@EnabledIf(value = "dev.memoize.tck.support.MicroProfileConfig#present",
        disabledReason = "no MicroProfile Config in this run")
class ConfigValidationTest {

    static final String CORRECT = Misuses.Correct.class.getName();

    @Test
    void wellFormedOverridesDeploy() {
        assertDoesNotThrow(() -> bootAndClose("""
                %1$s/fine/Memoize/timeout=5
                %1$s/fine/Memoize/unit=minutes
                %1$s/Memoize/maxEntries=100
                Memoize/enabled=true
                """.formatted(CORRECT), Misuses.Correct.class));
    }

    @Test
    void aTimeoutThatIsNotANumber() {
        assertDeploymentFails(CORRECT + "/fine/Memoize/timeout=abc", "give a whole number of SECONDS",
                CORRECT + "/fine/Memoize/timeout=abc", Misuses.Correct.class);
    }

    @Test
    void aNegativeTimeout() {
        assertDeploymentFails(CORRECT + "/Memoize/timeout=-5", "0 to never memoize",
                CORRECT + "/Memoize/timeout=-5", Misuses.Correct.class);
    }

    @Test
    void anEnabledThatIsNeitherTrueNorFalse() {
        assertDeploymentFails("Memoize/enabled=maybe", "give false to never memoize",
                "Memoize/enabled=maybe", Misuses.Correct.class);
    }

    @Test
    void anUnknownUnit() {
        assertDeploymentFails(CORRECT + "/fine/Memoize/unit=FORTNIGHTS", "ChronoUnit of fixed length",
                CORRECT + "/fine/Memoize/unit=FORTNIGHTS", Misuses.Correct.class);
    }

    @Test
    void aBoundBelowOne() {
        assertDeploymentFails(CORRECT + "/fine/Memoize/maxEntries=0", "Memoize.UNBOUNDED",
                CORRECT + "/fine/Memoize/maxEntries=0", Misuses.Correct.class);
    }

    @Test
    void aMemberThatMemoizeLacks() {
        assertDeploymentFails("Memoize/timout=5", "perhaps Memoize/timeout", "Memoize/timout=5", Misuses.Correct.class);
    }

    @Test
    void aGlobalKeyOfTheBuiltInConfigurationThatIsNotADuration() {
        assertDeploymentFails("dev.memoize.defaultTimeout=soon", "ISO-8601 (PT5M)", "dev.memoize.defaultTimeout=soon",
                Misuses.Correct.class);
    }

    @Test
    void aGlobalKeyOfTheBuiltInConfigurationThatIsNotABoolean() {
        assertDeploymentFails("dev.memoize.strict=yes", "give true or false", "dev.memoize.strict=yes",
                Misuses.Correct.class);
    }

    @Test
    void overridesThatGiveOneSharedNameTwoTimeouts() {
        String key = FirstShared.class.getName() + "/find/Memoize/timeout=5";
        assertDeploymentFails("\"shared.configured\"", "in the annotations or in the configuration", key,
                FirstShared.class, SecondShared.class);
    }

    @Test
    void overridesThatGiveOneSharedNameTheSameTimeoutDeploy() {
        assertDoesNotThrow(() -> bootAndClose("""
                %s/Memoize/timeout=5
                %s/Memoize/timeout=5
                """.formatted(FirstShared.class.getName(), SecondShared.class.getName()),
                FirstShared.class, SecondShared.class));
    }

    /** Two methods that share one function name on purpose, with the same timeout in their annotations. */
    @ApplicationScoped
    public static class FirstShared {
        @Memoize(name = "shared.configured", timeout = 60)
        public String find(String key) {
            return key;
        }
    }

    @ApplicationScoped
    public static class SecondShared {
        @Memoize(name = "shared.configured", timeout = 60)
        public String find(long key) {
            return String.valueOf(key);
        }
    }

    private static void assertDeploymentFails(String names, String fix, String properties, Class<?>... beans) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> bootAndClose(properties, beans));
        String message = messages(failure);
        assertTrue(message.contains(names), "names the key and its value: " + message);
        assertTrue(message.contains(fix), "says the fix: " + message);
    }

    /**
     * Boots and closes a container under a context class loader of its own that carries
     * {@code META-INF/microprofile-config.properties}: MicroProfile Config gives each class loader its own
     * configuration (and OpenWebBeans SE registers its container by that loader).
     */
    private static void bootAndClose(String properties, Class<?>... beans) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {withProperties(properties)}, previous)) {
            thread.setContextClassLoader(loader);
            try (SeContainer container = SeContainers.withMemoize().addBeanClasses(beans).initialize()) {
                container.getBeanManager();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL withProperties(String properties) {
        try {
            Path root = Files.createTempDirectory("memoize-mpconfig");
            Path file = root.resolve("META-INF/microprofile-config.properties");
            Files.createDirectories(file.getParent());
            Files.writeString(file, properties);
            root.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return root.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
