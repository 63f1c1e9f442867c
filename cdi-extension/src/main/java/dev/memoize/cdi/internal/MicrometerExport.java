package dev.memoize.cdi.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;

/**
 * Publishes every function's counters as meters of the application's Micrometer {@link MeterRegistry} bean, each
 * tagged {@code function=<name>}: {@code memoize.calls} ({@code result=hit|miss|bypass}),
 * {@code memoize.cache.failures}, {@code memoize.singleflight.waits}, {@code memoize.not.memoized} (function
 * counters), {@code memoize.computation} (a function timer: count and total time of computations),
 * {@code memoize.computation.max} and {@code memoize.computation.percentile} ({@code phi=0.5|0.95|0.99}) (time
 * gauges), {@code memoize.entries} and {@code memoize.evictions} (gauges, {@code NaN} where the provider cannot
 * tell). The meters read the function's counters when the registry reads them; they are removed by
 * {@link #close()}.
 *
 * <p>The only class that refers to Micrometer: {@link Memoization} loads it only after finding Micrometer on its
 * class path, so an application without Micrometer never loads a class of it.
 */
final class MicrometerExport implements MetricsExport {


    private final MeterRegistry registry;
    private final Queue<Meter> meters = new ConcurrentLinkedQueue<>();

    private MicrometerExport(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The export to the application's {@code MeterRegistry} bean, or {@code null} if it has none. */
    static MetricsExport of(Beans beans) {
        MeterRegistry registry = beans.optional(MeterRegistry.class);
        return registry == null ? null : new MicrometerExport(registry);
    }

    @Override
    public void add(FunctionState function) {
        String name = function.name();
        FunctionMetrics metrics = function.metrics();
        counter("memoize.calls", name, metrics.hits, "calls answered from the cache", "result", "hit");
        counter("memoize.calls", name, metrics.misses, "calls not answered from the cache", "result", "miss");
        counter("memoize.calls", name, metrics.bypassed, "calls that ran unmemoized by design", "result", "bypass");
        counter("memoize.cache.failures", name, metrics.cacheFailures, "cache operations that failed");
        counter("memoize.singleflight.waits", name, metrics.waits,
                "calls that waited for a concurrent computation of their key");
        counter("memoize.not.memoized", name, metrics.notMemoized, "results that could not be memoized");
        MissTimes times = metrics.missTimes;
        meters.add(FunctionTimer.builder("memoize.computation", times, MissTimes::count,
                        MissTimes::totalNanos, TimeUnit.NANOSECONDS)
                .tag("function", name).description("computations of missed results: body and store")
                .register(registry));
        meters.add(TimeGauge.builder("memoize.computation.max", times, TimeUnit.NANOSECONDS, MissTimes::maxNanos)
                .tag("function", name).description("the longest computation").register(registry));
        for (double phi : List.of(0.5, 0.95, 0.99)) {
            meters.add(TimeGauge.builder("memoize.computation.percentile", times, TimeUnit.NANOSECONDS,
                            t -> t.percentileNanos(phi))
                    .tag("function", name).tag("phi", String.valueOf(phi))
                    .description("a percentile of computation times").register(registry));
        }
        gauge("memoize.entries", function, FunctionState::entries, "entries of the function's cache");
        gauge("memoize.evictions", function, FunctionState::evictions, "entries evicted from the function's cache");
    }

    private void counter(String meter, String function, LongAdder counter, String description, String... tags) {
        meters.add(FunctionCounter.builder(meter, counter, LongAdder::doubleValue)
                .tag("function", function).tags(tags).description(description).register(registry));
    }

    private interface LongValue extends ToDoubleFunction<FunctionState> {
        long value(FunctionState function);

        @Override
        default double applyAsDouble(FunctionState function) {
            long value = value(function);
            return value < 0 ? Double.NaN : value;
        }
    }

    private void gauge(String meter, FunctionState function, LongValue value, String description) {
        meters.add(Gauge.builder(meter, function, value).tag("function", function.name())
                .description(description).register(registry));
    }

    @Override
    public void close() {
        for (Meter meter; (meter = meters.poll()) != null; ) {
            registry.remove(meter);
        }
    }
}
