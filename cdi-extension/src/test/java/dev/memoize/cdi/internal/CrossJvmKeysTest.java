package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key built in another JVM equals the one built here. The other JVM hands out identity hash codes by a
 * different algorithm, so any key that rested on them, or on hash-ordered iteration of such objects, would differ.
 */
class CrossJvmKeysTest {

    @Test
    void aSecondJvmBuildsTheSameKeys() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                "-cp", System.getProperty("java.class.path"), KeyPrinter.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            List<String> theirs;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                theirs = out.lines().toList();
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second JVM finished");
            assertEquals(0, process.exitValue(), String.join("\n", theirs));
            assertEquals(KeyPrinter.keys(), theirs);
        } finally {
            process.destroyForcibly();
        }
    }
}
