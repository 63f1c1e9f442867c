package dev.memoize.tck.filter;

import dev.memoize.tck.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under a JVM-wide deserialization filter (JEP 290, {@code jdk.serialFilter}) that allows only {@code java.*} and
 * the application's own package, results are memoized, copied and deleted as usual: the library's own classes never
 * need allowing, and copies this JVM makes of its own results are not held to it (a runtime's filter, such as
 * Helidon MP's, refuses every class it does not list). Where the filter refuses a result's class in bytes read from
 * the cluster, the function is not memoized, and the statistics and the log say so instead of looking healthy. Runs the application in a child JVM (the filter is read once per JVM),
 * on Caffeine by value and on Hazelcast.
 */
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine|hazelcast",
        disabledReason = "one run per storage kind: Caffeine by value and Hazelcast")
class DeserializationFilterTest {

    private static final String APPLICATION = "dev.memoize.tck.filter.app.**";

    @Test
    void resultsOfTheApplicationsOwnTypesAreMemoizedWithOnlyThemAllowed() throws Exception {
        ChildJvm.Outcome child = ChildJvm.run(List.of("-Djdk.serialFilter=java.**;" + APPLICATION + ";!*"),
                FilteredApplication.class);
        assertMemoizedAsUsual(child);
    }

    /** Caches the application created itself, storing by value (JCache's default), copy only bytes and text. */
    @Test
    @EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine",
            disabledReason = "the application's own local caches")
    void theApplicationsOwnCachesStoringByValueNeedNothingAllowedEither() throws Exception {
        ChildJvm.Outcome child = ChildJvm.run(List.of("-Djdk.serialFilter=java.**;" + APPLICATION + ";!*"),
                FilteredApplication.class, "precreated");
        assertMemoizedAsUsual(child);
    }

    /** Helidon MP's filter refuses every class it does not list: copies this JVM made of its own results still work. */
    @Test
    @EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine",
            disabledReason = "a local cache: the copies never leave the JVM")
    void aFilterThatRefusesEverythingLeavesCopiesMadeInThisJvmAlone() throws Exception {
        ChildJvm.Outcome child = ChildJvm.run(List.of("-Djdk.serialFilter=!*"), FilteredApplication.class);
        assertMemoizedAsUsual(child);
    }

    /** Bytes read from the cluster stay under the filter: a refused result type shows, it does not look healthy. */
    @Test
    @EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "hazelcast",
            disabledReason = "a distributed cache: results come back as bytes from the cluster")
    void aFilterThatRefusesAResultTypeShowsInTheStatisticsAndTheLog() throws Exception {
        ChildJvm.Outcome child = ChildJvm.run(List.of("-Djdk.serialFilter=java.**;!*"), FilteredApplication.class);
        String out = child.output();
        assertEquals(0, child.exitValue(), "a business call failed:\n" + out);
        assertTrue(out.contains("VALUES [ann-tea] Quote[product=tea, price=2.50] [n-a, n-b]\n"),
                "callers still get correct results:\n" + out);
        assertFalse(out.contains("notMemoized=0 "), "the statistics show results that were not memoized:\n" + out);
        assertTrue(out.contains("MEMOIZE-WARNING") && out.contains("deserialization filter"),
                "the log names the filter:\n" + out);
    }

    /** Every method hit on its second call, no caller saw another's change, the delete took, nothing went amiss. */
    private static void assertMemoizedAsUsual(ChildJvm.Outcome child) {
        String out = child.output();
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("RUNS 3\n"), "each of the three methods ran once for two calls:\n" + out);
        assertTrue(out.contains("VALUES [ann-tea] Quote[product=tea, price=2.50] [n-a, n-b]\n"),
                "no caller sees the first caller's change:\n" + out);
        assertTrue(out.contains("RUNS_AFTER_DELETE 4\n"), "the delete reached the stored result:\n" + out);
        assertTrue(out.contains("notMemoized=0 cacheFailures=0"), out);
        assertFalse(out.contains("MEMOIZE-WARNING"), "the library logged a warning:\n" + out);
    }
}
