package dev.memoize.cdi.internal;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Publishes every function's counters as gauges of the application's MicroProfile Metrics (5.x)
 * {@link MetricRegistry}, each tagged {@code function=<name>}, under the names of {@link MicrometerExport}:
 * {@code memoize.calls} ({@code result=hit|miss|bypass}), {@code memoize.cache.failures},
 * {@code memoize.singleflight.waits}, {@code memoize.not.memoized}, {@code memoize.computation.count} (counts,
 * unit none), {@code memoize.computation.total}, {@code memoize.computation.max} and
 * {@code memoize.computation.percentile} ({@code phi=0.5|0.95|0.99}) (nanoseconds), {@code memoize.entries} and
 * {@code memoize.evictions} ({@code NaN} where the provider cannot tell). MicroProfile Metrics 5 has no function
 * counters (a {@code Counter} is incremented by its owner), so the counts are gauges that read the function's
 * counters when the registry reads them: they only grow while the runtime lives. They are removed by
 * {@link #close()}. A gauge the registry refuses is left out, and the first refusal logged.
 *
 * <p>The registry is what a plain {@code @Inject MetricRegistry} gets, which MicroProfile Metrics 5 makes the
 * {@value MetricRegistry#APPLICATION_SCOPE} scope's ({@code @RegistryScope} defaults to it); implementations
 * produce it from the injection point, so it is resolved with one ({@link Beans#injected(Class)}). A registry of
 * another scope is not used.
 *
 * <p>The only class that refers to MicroProfile Metrics: {@link Memoization} loads it only after finding the API
 * on its class path, so an application without it never loads a class of it.
 */
final class MicroProfileMetricsExport implements MetricsExport {

    private static final String CALLS = "calls of the function, by result: hit (answered from the cache), miss, "
            + "bypass (ran unmemoized by design)";

    private final MetricRegistry registry;
    private final Queue<MetricID> published = new ConcurrentLinkedQueue<>();
    private volatile boolean warned;

    private MicroProfileMetricsExport(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * The export to the application's {@code MetricRegistry} bean, or {@code null} if it has none, or if its
     * default one is not the application scope's.
     */
    static MetricsExport of(Beans beans) {
        MetricRegistry registry = beans.injected(MetricRegistry.class);
        if (registry == null || !MetricRegistry.APPLICATION_SCOPE.equals(registry.getScope())) {
            return null;
        }
        return new MicroProfileMetricsExport(registry);
    }

    @Override
    public void add(FunctionState function) {
        String name = function.name();
        FunctionMetrics metrics = function.metrics();
        count("memoize.calls", CALLS, name, metrics.hits, new Tag("result", "hit"));
        count("memoize.calls", CALLS, name, metrics.misses, new Tag("result", "miss"));
        count("memoize.calls", CALLS, name, metrics.bypassed, new Tag("result", "bypass"));
        count("memoize.cache.failures", "cache operations of the function that failed", name, metrics.cacheFailures);
        count("memoize.singleflight.waits", "calls that waited for a concurrent computation of their key", name,
                metrics.waits);
        count("memoize.not.memoized", "results of the function that could not be memoized", name,
                metrics.notMemoized);
        MissTimes times = metrics.missTimes;
        gauge("memoize.computation.count", "computations of missed results (body and store)", MetricUnits.NONE,
                name, times, MissTimes::count);
        gauge("memoize.computation.total", "the total time of computations of missed results",
                MetricUnits.NANOSECONDS, name, times, MissTimes::totalNanos);
        gauge("memoize.computation.max", "the longest computation", MetricUnits.NANOSECONDS, name, times,
                MissTimes::maxNanos);
        for (double phi : List.of(0.5, 0.95, 0.99)) {
            gauge("memoize.computation.percentile", "a percentile of computation times", MetricUnits.NANOSECONDS,
                    name, times, t -> t.percentileNanos(phi), new Tag("phi", String.valueOf(phi)));
        }
        gauge("memoize.entries", "entries of the function's cache (NaN if the provider cannot tell)",
                MetricUnits.NONE, name, function, f -> known(f.entries()));
        gauge("memoize.evictions", "entries evicted from the function's cache (NaN if the provider cannot tell)",
                MetricUnits.NONE, name, function, f -> known(f.evictions()));
    }

    private static Double known(long value) {
        return value < 0 ? Double.NaN : (double) value;
    }

    private void count(String metric, String description, String function, LongAdder counter, Tag... tags) {
        gauge(metric, description, MetricUnits.NONE, function, counter, LongAdder::sum, tags);
    }

    private <T> void gauge(String metric, String description, String unit, String function, T source,
                           Function<T, ? extends Number> value, Tag... extra) {
        Tag[] tags = new Tag[extra.length + 1];
        tags[0] = new Tag("function", function);
        System.arraycopy(extra, 0, tags, 1, extra.length);
        Metadata metadata = Metadata.builder().withName(metric).withDescription(description).withUnit(unit).build();
        try {
            registry.gauge(metadata, source, value::apply, tags);
            published.add(new MetricID(metric, tags));
        } catch (RuntimeException | LinkageError refused) {
            // e.g. another metric of that name with other metadata, or a name the implementation reserves
            warn(refused);
        }
    }

    private void warn(Throwable failure) {
        if (!warned) {
            warned = true;
            Log.metricsNotPublished("MicroProfile Metrics", failure);
        }
    }

    @Override
    public void close() {
        for (MetricID id; (id = published.poll()) != null; ) {
            try {
                registry.remove(id);
            } catch (RuntimeException gone) {
                // the registry went away with the application first: nothing left to remove
            }
        }
    }
}
