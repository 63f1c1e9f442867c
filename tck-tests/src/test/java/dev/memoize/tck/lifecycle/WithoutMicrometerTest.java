package dev.memoize.tck.lifecycle;

import dev.memoize.tck.support.ChildJvm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An application without Micrometer runs and has its metrics: the library loads no class of Micrometer. */
class WithoutMicrometerTest {

    @Test
    void withoutMicrometerTheMetricsAreInStatisticsAndJmx() throws Exception {
        ChildJvm.Outcome child = ChildJvm.runWithout("micrometer", List.of(), WithoutMicrometer.class);
        assertEquals(0, child.exitValue(), child.output());
        assertTrue(child.output().contains("MICROMETER false"), "the child runs without Micrometer: " + child.output());
        assertTrue(child.output().contains("STATISTICS 1 1"), child.output());
        assertTrue(child.output().contains("JMX 1"), child.output());
    }
}
