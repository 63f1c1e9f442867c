package dev.memoize.tck.bounds;

import dev.memoize.tck.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;

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
        boolean hazelcast = "hazelcast".equals(System.getProperty("memoize.tck.provider"));
        ChildJvm.Outcome child = ChildJvm.run(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), ManyKeys.class,
                Long.toString(hazelcast ? HAZELCAST_CALLS : CALLS));
        assertEquals(0, child.exitValue(), "a call failed or the heap ran out:\n" + child.output());
        String heap = child.output().lines().filter(line -> line.startsWith("HEAP ")).findFirst().orElse(null);
        assertNotNull(heap, child.output());
        String[] parts = heap.split(" ");
        long halfway = Long.parseLong(parts[1]);
        long end = Long.parseLong(parts[2]);
        assertTrue(end < 128L * 1024 * 1024, "heap after GC at the end: " + end + " bytes");
        assertTrue(end < halfway + 32L * 1024 * 1024, "the heap grew from " + halfway + " to " + end + " bytes");
    }
}
