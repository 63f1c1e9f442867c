package dev.memoize.tck.metrics;

import dev.memoize.FunctionStatistics;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.TimeUnit;

import static dev.memoize.tck.metrics.PriceList.LIVE;
import static dev.memoize.tck.metrics.PriceList.PRICES;
import static dev.memoize.tck.metrics.PriceList.QUOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With a Micrometer {@code MeterRegistry} bean in the application, every function's counters are meters tagged
 * with its name, and they match the scripted workload ({@link Workload}). Needs Micrometer in the deployment: the
 * CDI SE runs (servers without Micrometer exclude it).
 */
@ExtendWith(ArquillianExtension.class)
class MicrometerMetricsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PriceList.class, Workload.class, Meters.class);
    }

    @Inject
    Workload workload;

    @Inject
    MeterRegistry registry;

    @Inject
    Memoizer memoizer;

    @Test
    void callsPerResultAndFunctionAreFunctionCounters() throws Exception {
        workload.runOnce();
        assertEquals(Workload.PRICE_HITS, calls(PRICES, "hit"));
        assertEquals(Workload.PRICE_MISSES, calls(PRICES, "miss"));
        assertEquals(0, calls(PRICES, "bypass"));
        assertEquals(1, calls(QUOTES, "hit"));
        assertEquals(2, calls(QUOTES, "miss"));
        assertEquals(2, calls(LIVE, "bypass"));
        assertEquals(0, calls(LIVE, "hit") + calls(LIVE, "miss"));
        assertEquals(1, counter("memoize.singleflight.waits", QUOTES));
        assertEquals(0, counter("memoize.singleflight.waits", PRICES));
        assertEquals(0, counter("memoize.cache.failures", PRICES));
        assertEquals(0, counter("memoize.not.memoized", PRICES));
    }

    @Test
    void computationsAreAFunctionTimerWithMaxAndPercentiles() throws Exception {
        workload.runOnce();
        var prices = meter("memoize.computation", PRICES).functionTimer();
        assertEquals(3, prices.count(), "one per miss that ran the body");
        assertTrue(prices.totalTime(TimeUnit.MILLISECONDS) >= 3 * PriceList.LOOKUP_MILLIS, "timed: " + prices.totalTime(TimeUnit.MILLISECONDS));
        assertEquals(1, meter("memoize.computation", QUOTES).functionTimer().count(), "the waiter computed nothing");
        assertEquals(0, meter("memoize.computation", LIVE).functionTimer().count());
        double max = meter("memoize.computation.max", PRICES).timeGauge().value(TimeUnit.MILLISECONDS);
        double p50 = meter("memoize.computation.percentile", PRICES).tag("phi", "0.5").timeGauge().value(TimeUnit.MILLISECONDS);
        assertTrue(p50 >= PriceList.LOOKUP_MILLIS && p50 <= max, p50 + " <= " + max);
        FunctionStatistics statistics = memoizer.statistics(PRICES);
        assertEquals(statistics.missTime().max().toNanos() / 1e6, max, 1e-6, "the same numbers as statistics(name)");
    }

    @Test
    void entriesAreAGaugeWhereTheProviderCountsThem() throws Exception {
        workload.runOnce();
        double entries = meter("memoize.entries", PRICES).gauge().value();
        long known = memoizer.statistics(PRICES).entries();
        if (known < 0) {
            assertTrue(Double.isNaN(entries), "unknown is NaN");
        } else {
            assertEquals(known, entries);
        }
    }

    private long calls(String function, String result) {
        return (long) meter("memoize.calls", function).tag("result", result).functionCounter().count();
    }

    private long counter(String name, String function) {
        return (long) meter(name, function).functionCounter().count();
    }

    private RequiredSearch meter(String name, String function) {
        return registry.get(name).tag("function", function);
    }
}
