package dev.memoize.tck.metrics;

import dev.memoize.FunctionStatistics;
import dev.memoize.MemoizeStatistics;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.memoize.tck.metrics.PriceList.LIVE;
import static dev.memoize.tck.metrics.PriceList.PRICES;
import static dev.memoize.tck.metrics.PriceList.QUOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-function counters match a scripted workload ({@link Workload}), through {@code Memoizer.statistics(name)}
 * and through JMX, and the functions never mix. Portable: runs on every container, servers included.
 */
@ExtendWith(ArquillianExtension.class)
class FunctionMetricsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PriceList.class, Workload.class);
    }

    @Inject
    Workload workload;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void statisticsOfEachFunctionMatchTheWorkload() throws Exception {
        workload.runOnce();
        FunctionStatistics prices = memoizer.statistics(PRICES);
        assertEquals(PRICES, prices.name());
        assertEquals(Workload.PRICE_HITS, prices.hits());
        assertEquals(Workload.PRICE_MISSES, prices.misses());
        assertEquals(0, prices.bypassed() + prices.singleFlightWaits() + prices.cacheFailures() + prices.notMemoized(),
                "nothing of the other functions is counted here: " + prices);
        assertEquals(3, runs.of("price:" + workload.sku("apple")) + runs.of("price:" + workload.sku("pear"))
                + runs.of("price:" + workload.sku("plum")));
        assertEquals(3, prices.missTime().count(), "one measured computation per miss that ran the body");
        Duration lookup = Duration.ofMillis(PriceList.LOOKUP_MILLIS);
        assertTrue(prices.missTime().total().compareTo(lookup.multipliedBy(3)) >= 0, "the body is timed: " + prices);
        assertTrue(prices.missTime().p50().compareTo(lookup) >= 0, "percentiles of computations: " + prices);
        assertTrue(prices.missTime().p99().compareTo(prices.missTime().max()) <= 0, prices.toString());
        String provider = String.valueOf(System.getProperty("memoize.tck.provider"));
        if (provider.startsWith("caffeine")) {
            assertEquals(3, prices.entries(), "Caffeine counts its entries: " + prices);
        } else if (provider.equals("hazelcast")) {
            // the JVM's one member keeps the entries of the suite's other deployments of this function
            assertTrue(prices.entries() >= 3, "Hazelcast counts the cluster's entries: " + prices);
        } else {
            // a server's cache may outlive a deployment: entries of the suite's other tests of this function
            assertTrue(prices.entries() >= 3 || prices.entries() == -1, "the provider's count, or unknown: " + prices);
        }

        FunctionStatistics quotes = memoizer.statistics(QUOTES);
        assertEquals(1, quotes.hits());
        assertEquals(2, quotes.misses());
        assertEquals(1, quotes.singleFlightWaits());
        assertEquals(1, runs.of("quote:" + workload.sku("fig")));
        assertEquals(1, quotes.missTime().count(), "the waiter ran no computation");
        assertEquals(0, quotes.bypassed() + quotes.cacheFailures());

        FunctionStatistics live = memoizer.statistics(LIVE);
        assertEquals(2, live.bypassed());
        assertEquals(0, live.hits() + live.misses() + live.missTime().count());
        assertEquals(2, runs.of("live:" + workload.sku("kiwi")));
    }

    @Test
    void theApplicationTotalsAreTheSumOfItsFunctions() throws Exception {
        workload.runOnce();
        MemoizeStatistics total = memoizer.statistics();
        assertEquals(Workload.PRICE_HITS + 1, total.hits());
        assertEquals(Workload.PRICE_MISSES + 2, total.misses());
        assertEquals(2, total.bypassed());
        assertEquals(1, total.singleFlightWaits());
    }

    @Test
    void anUnknownNameIsRefusedWithTheClosestNames() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> memoizer.statistics("metrics.price"));
        assertTrue(unknown.getMessage().contains(PRICES), unknown.getMessage());
    }

    @Test
    void aProgrammaticFunctionHasItsOwnCounters() throws Exception {
        var rates = memoizer.function("metrics.rates", Duration.ofMinutes(5));
        rates.call(() -> "1.10", "EUR");
        rates.call(() -> "1.10", "EUR");
        FunctionStatistics statistics = memoizer.statistics("metrics.rates");
        assertEquals(1, statistics.hits());
        assertEquals(1, statistics.misses());
        assertEquals(1, statistics.missTime().count());
        assertEquals(1L, jmx(function("metrics.rates"), "Hits"), "published when declared");
    }

    @Test
    void jmxShowsTheSameNumbersPerFunction() throws Exception {
        workload.runOnce();
        ObjectName prices = function(PRICES);
        assertEquals(PRICES, jmx(prices, "Name"));
        assertEquals(Workload.PRICE_HITS, jmx(prices, "Hits"));
        assertEquals(Workload.PRICE_MISSES, jmx(prices, "Misses"));
        assertEquals(0L, jmx(prices, "SingleFlightWaits"));
        assertEquals(3L, jmx(prices, "MissCount"));
        assertTrue((double) jmx(prices, "MissTimeP50Millis") >= PriceList.LOOKUP_MILLIS);
        assertTrue((double) jmx(prices, "MissTimeMaxMillis") >= (double) jmx(prices, "MissTimeP99Millis"));
        assertEquals(memoizer.statistics(PRICES).entries(), jmx(prices, "Entries"));

        ObjectName quotes = function(QUOTES);
        assertEquals(1L, jmx(quotes, "Hits"));
        assertEquals(2L, jmx(quotes, "Misses"));
        assertEquals(1L, jmx(quotes, "SingleFlightWaits"));
        assertEquals(1L, jmx(quotes, "MissCount"));

        ObjectName live = function(LIVE);
        assertEquals(2L, jmx(live, "Bypassed"));
        assertEquals(0L, jmx(live, "Hits"));
    }

    @Test
    void jmxShowsTheApplicationTotalsNextToItsFunctions() throws Exception {
        workload.runOnce();
        ObjectName prices = function(PRICES);
        ObjectName application = new ObjectName("dev.memoize:type=Application,application="
                + prices.getKeyProperty("application"));
        MemoizeStatistics total = memoizer.statistics();
        assertEquals(total.hits(), jmx(application, "Hits"));
        assertEquals(total.misses(), jmx(application, "Misses"));
        assertEquals(total.bypassed(), jmx(application, "Bypassed"));
        assertTrue(List.of((String[]) jmx(application, "Functions")).containsAll(List.of(PRICES, QUOTES, LIVE)));
    }

    /** The one MBean of that function (this deployment's: no other deployment has a function of that name). */
    static ObjectName function(String name) throws Exception {
        Set<ObjectName> found = server().queryNames(
                new ObjectName("dev.memoize:type=Function,name=" + ObjectName.quote(name) + ",*"), null);
        assertEquals(1, found.size(), "one MBean for " + name + ": " + found);
        return found.iterator().next();
    }

    static Object jmx(ObjectName name, String attribute) throws Exception {
        return server().getAttribute(name, attribute);
    }

    private static MBeanServer server() {
        return ManagementFactory.getPlatformMBeanServer();
    }
}
