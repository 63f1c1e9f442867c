package dev.memoize.tck.server.metrics;

import dev.memoize.Memoizer;
import dev.memoize.tck.metrics.PriceList;
import dev.memoize.tck.metrics.Workload;
import dev.memoize.tck.support.Deployments;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.memoize.tck.metrics.PriceList.LIVE;
import static dev.memoize.tck.metrics.PriceList.PRICES;
import static dev.memoize.tck.metrics.PriceList.QUOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a server that offers MicroProfile Metrics (Payara), every function's counters are gauges of the application's
 * {@code MetricRegistry}, tagged with the function's name, and they match the scripted workload ({@link Workload}):
 * each function its own numbers. Servers without MicroProfile Metrics (WildFly's default configuration, TomEE's
 * core) exclude it.
 */
@ExtendWith(ArquillianExtension.class)
class MicroProfileMetricsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PriceList.class, Workload.class);
    }

    @Inject
    Workload workload;

    @Inject
    MetricRegistry registry;

    @Inject
    Memoizer memoizer;

    @Test
    void callsPerResultAndFunctionAreGaugesOfTheApplicationRegistry() throws Exception {
        workload.runOnce();
        assertEquals(MetricRegistry.APPLICATION_SCOPE, registry.getScope());
        assertEquals(Workload.PRICE_HITS, calls(PRICES, "hit"));
        assertEquals(Workload.PRICE_MISSES, calls(PRICES, "miss"));
        assertEquals(0, calls(PRICES, "bypass"));
        assertEquals(1, calls(QUOTES, "hit"));
        assertEquals(2, calls(QUOTES, "miss"));
        assertEquals(2, calls(LIVE, "bypass"));
        assertEquals(0, calls(LIVE, "hit") + calls(LIVE, "miss"));
        assertEquals(1, value("memoize.singleflight.waits", QUOTES));
        assertEquals(0, value("memoize.singleflight.waits", PRICES));
        assertEquals(0, value("memoize.cache.failures", PRICES));
        assertEquals(0, value("memoize.not.memoized", PRICES));
        assertEquals(memoizer.statistics(PRICES).hits(), calls(PRICES, "hit"), "the same numbers as statistics(name)");
    }

    @Test
    void computationTimesAreGaugesInNanoseconds() throws Exception {
        workload.runOnce();
        assertEquals(3, value("memoize.computation.count", PRICES), "one per miss that ran the body");
        assertEquals(1, value("memoize.computation.count", QUOTES), "the waiter computed nothing");
        assertEquals(0, value("memoize.computation.count", LIVE));
        double total = value("memoize.computation.total", PRICES);
        assertTrue(total >= 3 * PriceList.LOOKUP_MILLIS * 1e6, "timed: " + total);
        double max = value("memoize.computation.max", PRICES);
        double p50 = gauge("memoize.computation.percentile", PRICES, new Tag("phi", "0.5")).getValue().doubleValue();
        assertTrue(p50 >= PriceList.LOOKUP_MILLIS * 1e6 && p50 <= max, p50 + " <= " + max);
        assertEquals(memoizer.statistics(PRICES).missTime().max().toNanos(), max, 1e-3);
        Metadata metadata = registry.getMetadata("memoize.computation.max");
        assertEquals(MetricUnits.NANOSECONDS, metadata.getUnit());
        assertTrue(metadata.description().isPresent(), "described");
    }

    @Test
    void entriesAreAGaugeWhereTheProviderCountsThem() throws Exception {
        workload.runOnce();
        double entries = value("memoize.entries", PRICES);
        long known = memoizer.statistics(PRICES).entries();
        if (known < 0) {
            assertTrue(Double.isNaN(entries), "unknown is NaN");
        } else {
            assertEquals(known, entries);
        }
    }

    private long calls(String function, String result) {
        return (long) gauge("memoize.calls", function, new Tag("result", result)).getValue().doubleValue();
    }

    private double value(String name, String function) {
        return gauge(name, function).getValue().doubleValue();
    }

    private Gauge<?> gauge(String name, String function, Tag... tags) {
        Tag[] all = new Tag[tags.length + 1];
        all[0] = new Tag("function", function);
        System.arraycopy(tags, 0, all, 1, tags.length);
        Gauge<?> gauge = registry.getGauge(new MetricID(name, all));
        assertNotNull(gauge, name + " of " + function + " in " + registry.getGauges().keySet());
        return gauge;
    }
}
