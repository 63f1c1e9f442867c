package dev.memoize.tck.bounds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Out of the box, memory stays bounded: three million distinct keys of a lookup returning 200 characters, in a JVM
 * with a 256 MB heap (unbounded, about 540,000 calls fill it), fail no call, and the heap after a full GC is as
 * flat at the end as halfway. On Hazelcast, whose embedded member takes about 140 microseconds per miss on two
 * cores, 600,000 keys: past the point where an unbounded cache runs out. Runs the calls in a child JVM started here
 * and stopped in every case.
 */
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine|hazelcast",
        disabledReason = "one run per storage kind: Caffeine by value and Hazelcast")
class MemoryBoundTest {

    private static final long CALLS = 3_000_000;
    private static final long HAZELCAST_CALLS = 600_000;

    @Test
    void millionsOfDistinctKeysFitIn256MegabytesWithTheHeapFlat() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("dev.memoize.cachingProvider", "hazelcast.config", "hazelcast.jcache.provider.type",
                "hazelcast.phone.home.enabled", "hazelcast.logging.type", "java.net.preferIPv4Stack")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add(ManyKeys.class.getName());
        boolean hazelcast = "hazelcast".equals(System.getProperty("memoize.tck.provider"));
        command.add(Long.toString(hazelcast ? HAZELCAST_CALLS : CALLS));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String heap = null;
            StringBuilder tail = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("HEAP ")) {
                        heap = line;
                    }
                    tail.append(line).append('\n');
                    if (tail.length() > 8_000) {
                        tail.delete(0, tail.length() - 8_000);
                    }
                }
            }
            assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child JVM did not finish");
            assertEquals(0, child.exitValue(), "a call failed or the heap ran out:\n" + tail);
            assertNotNull(heap, tail.toString());
            String[] parts = heap.split(" ");
            long halfway = Long.parseLong(parts[1]);
            long end = Long.parseLong(parts[2]);
            assertTrue(end < 128L * 1024 * 1024, "heap after GC at the end: " + end + " bytes");
            assertTrue(end < halfway + 32L * 1024 * 1024, "the heap grew from " + halfway + " to " + end + " bytes");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
