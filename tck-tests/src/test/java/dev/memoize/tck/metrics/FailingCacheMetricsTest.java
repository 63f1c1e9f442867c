package dev.memoize.tck.metrics;

import dev.memoize.FunctionStatistics;
import dev.memoize.Memoizer;
import dev.memoize.tck.failures.Faults;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

import static dev.memoize.tck.metrics.PriceList.PRICES;
import static dev.memoize.tck.metrics.PriceList.LIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cache failures are counted on the function whose cache failed, and its uncached runs are misses, not computations. */
@ExtendWith(ArquillianExtension.class)
class FailingCacheMetricsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PriceList.class, Faults.class);
    }

    @Inject
    PriceList prices;

    @Inject
    Faults faults;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void failuresAreCountedOnTheFailingFunctionOnly() throws Exception {
        prices.live("warm-up"); // LIVE never touches its cache
        long totalBefore = memoizer.statistics().cacheFailures();
        faults.failing(true);
        try {
            prices.price("cold-1");
            prices.price("cold-2");
        } finally {
            faults.failing(false);
        }
        FunctionStatistics failing = memoizer.statistics(PRICES);
        long failures = memoizer.statistics().cacheFailures() - totalBefore;
        assertTrue(failures >= 2, "each call found the cache failing: " + failing);
        assertEquals(failures, failing.cacheFailures(), "every failure of this run is the prices function's");
        assertEquals(2, failing.misses());
        assertEquals(0, failing.hits());
        assertEquals(2, runs.of("price:cold-1") + runs.of("price:cold-2"), "both ran uncached");
        assertEquals(0, failing.missTime().count(), "an uncached run is no computation of a missed result");
        assertEquals(0, memoizer.statistics(LIVE).cacheFailures(), "another function's counters are its own");
        ObjectName mbean = ManagementFactory.getPlatformMBeanServer().queryNames(
                new ObjectName("dev.memoize:type=Function,name=" + ObjectName.quote(PRICES) + ",*"), null).iterator().next();
        assertEquals(failing.cacheFailures(), ManagementFactory.getPlatformMBeanServer().getAttribute(mbean, "CacheFailures"));

        prices.price("cold-1");
        prices.price("cold-1");
        FunctionStatistics recovered = memoizer.statistics(PRICES);
        assertEquals(1, recovered.hits(), "memoized again once the cache recovers");
        assertEquals(1, recovered.missTime().count());
        assertEquals(failing.cacheFailures(), recovered.cacheFailures());
    }
}
