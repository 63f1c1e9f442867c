package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A memo is Serializable (a provider may serialize what it stores). A copy this JVM made of its own result is read
 * back past deserialization filters, but once the memo has been through Java serialization its bytes are no longer
 * this JVM's own: they are read under the JVM-wide filter like any bytes from a cache. Runs in a child JVM (the filter
 * is read once per JVM).
 */
class ForgedMemoTest {

    @Test
    void aMemoReadBackFromJavaSerializationIsReadUnderTheFilter() throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.serialFilter=java.**;dev.memoize.**;!*", "-cp", System.getProperty("java.class.path"),
                ForgedMemoMain.class.getName())).redirectErrorStream(true).start();
        String out;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            out = reader.lines().collect(Collectors.joining("\n"));
        } finally {
            child.waitFor(60, TimeUnit.SECONDS);
            child.destroyForcibly();
        }
        assertTrue(out.contains("CONTROL refused"), "bytes from a cache stay under the filter:\n" + out);
        assertTrue(out.contains("FORGED refused"), "a Memo read back from Java serialization bypasses the filter:\n" + out);
    }
}
