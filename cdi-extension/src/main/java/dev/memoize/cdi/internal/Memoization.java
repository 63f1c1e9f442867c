package dev.memoize.cdi.internal;

import dev.memoize.FunctionStatistics;
import dev.memoize.KeyStrategy;
import dev.memoize.MemoizeConfig;
import dev.memoize.MemoizeStatistics;
import dev.memoize.MemoizedMethod;
import dev.memoize.Unless;
import dev.memoize.spi.MemoStorage;
import jakarta.interceptor.InvocationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The memoization runtime of one application (one CDI container): its plans, resolved once at deployment, and
 * the entry points of the interceptor and the {@code Memoizer}. It holds no static state. The protocol of a call
 * is {@link CallProtocol}'s, deletes are {@link Deletes}', the records {@link Records}'.
 */
final class Memoization {

    private static final int LOCAL_TIER_ENTRIES = 10_000;

    private final MemoizeConfig config;
    private final boolean strict;
    private final boolean snapshots;
    private final long localLeaseNanos;
    private final boolean callKeys;
    private final KeyStrategy defaultStrategy;
    private final ClassLoader deploymentLoader;
    private final CacheFailures failures;
    private final Registry registry;
    private final CallProtocol protocol;
    private final AsyncCalls async;
    private final String applicationName;
    private final Deletes deletes;
    private final MethodReferences references;
    private final AutoCloseable versionWatch;
    private final Beans beans;
    private final Set<String> exported = new HashSet<>();
    private List<MetricsExport> exports = List.of();

    private Memoization(List<MethodSpec> specs, MemoStorage storage, MemoizeConfig config, KeyStrategy defaultStrategy,
                        Beans beans, ClassLoader deploymentLoader, String applicationName) {
        this.applicationName = applicationName;
        this.config = config;
        this.strict = config.strict();
        this.defaultStrategy = defaultStrategy;
        this.deploymentLoader = deploymentLoader;
        this.beans = beans;
        this.failures = new CacheFailures(config.strict());
        boolean distributed = ask(storage::distributed);
        Values values = new Values(config.storeByValue(), new Immutables(config.immutableTypes()));
        this.localLeaseNanos = distributed ? config.localLease().toNanos() : 0L;
        this.callKeys = !distributed; // keys that never leave this JVM need not be text
        Records records = new Records(storage);
        this.versionWatch = watchVersions(storage); // told of changes before the registry exists: ignored
        this.snapshots = versionWatch != null;
        this.registry = new Registry(plans(specs, beans));
        Transactions transactions = new Transactions();
        this.protocol = new CallProtocol(storage, distributed, values, config.clock(), records, failures,
                new SingleFlight(config.singleFlightTimeout().toNanos(), this::waited),
                new ClusterClaim(config.clock(), config.singleFlightTimeout().toMillis(), failures), transactions);
        this.async = new AsyncCalls(protocol, transactions, config.singleFlightTimeout().toNanos());
        this.deletes = new Deletes(registry, records, storage, distributed, transactions, failures);
        this.references = new MethodReferences(registry);
        Log.started(storage.describe(), registry.size());
        List<Plan> targetKeyed = registry.targetKeyed();
        if (!targetKeyed.isEmpty()) {
            Log.targetKeyed(targetKeyed.stream().map(Plan::display).toList());
        }
    }

    /** The runtime, its metrics published (JMX, and Micrometer or MicroProfile Metrics where the application has a registry). */
    static Memoization create(List<MethodSpec> specs, Beans beans, ClassLoader deploymentLoader,
                              String applicationName) {
        Memoization memoization = new Memoization(specs, beans.get(MemoStorage.class), beans.get(MemoizeConfig.class),
                beans.defaultKeyStrategy(), beans, deploymentLoader, applicationName);
        memoization.publish();
        return memoization;
    }

    /** One plan per (bean class, method); one function per name; the overload signature where a name has several. */
    private List<Plan> plans(List<MethodSpec> specs, Beans beans) {
        Map<String, List<MethodSpec>> byName = new LinkedHashMap<>();
        specs.forEach(spec -> byName.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(spec));
        List<Plan> plans = new ArrayList<>();
        byName.forEach((name, named) -> {
            FunctionState function = newFunction(name,
                    Objects.requireNonNullElse(named.get(0).timeout(), config.defaultTimeout()),
                    Objects.requireNonNullElse(named.get(0).maxEntries(), config.maxEntries()));
            Set<String> signatures = new HashSet<>();
            named.forEach(spec -> signatures.add(Plan.signature(spec.method())));
            boolean overloaded = signatures.size() > 1;
            for (MethodSpec spec : named) {
                Beans archive = spec.archive() == null ? beans : new Beans(spec.archive());
                KeyStrategy strategy = spec.keyStrategy() == KeyStrategy.class
                        ? (spec.archive() == null ? defaultStrategy : archive.defaultKeyStrategy())
                        : archive.beanOrNew(spec.keyStrategy());
                Unless unless = spec.unless() == Unless.class ? null : archive.beanOrNew(spec.unless());
                KeyWriter keys = new KeyWriter(name, overloaded ? Plan.signature(spec.method()) : null, strategy,
                        config.maxKeyLength(), callKeys);
                plans.add(new Plan(spec, function, keys, unless));
            }
        });
        return plans;
    }

    private FunctionState newFunction(String name, Duration timeout, long maxEntries) {
        LocalTier local = localLeaseNanos > 0
                ? new LocalTier(localLeaseNanos, (int) Math.min(maxEntries, LOCAL_TIER_ENTRIES)) : null;
        return new FunctionState(name, timeout, maxEntries, local, snapshots,
                new FunctionMetrics(failures.counter(name)));
    }

    /** What the storage says; if it cannot tell now (its cache is down), the safe answer: yes. */
    private static boolean ask(Supplier<Boolean> question) {
        try {
            return question.get();
        } catch (RuntimeException failure) {
            return true;
        }
    }

    /** Keeps versions in memory only where the storage announces their changes; a failing cache means no snapshots. */
    private AutoCloseable watchVersions(MemoStorage storage) {
        try {
            return storage.canWatchVersions() ? storage.watchVersions(this::versionChanged) : null;
        } catch (RuntimeException failure) {
            failures.record("listener registration", "versions", failure);
            return null;
        }
    }

    /** Told by the storage that a record changed, here or elsewhere. */
    private void versionChanged(String name, Long version) {
        FunctionState function = registry == null ? null : registry.find(name);
        if (function != null) {
            Records.forget(function);
        }
    }

    /** Runs an intercepted invocation: from the cache if possible, else by proceeding and memoizing the result. */
    Object invoke(InvocationContext invocation) throws Exception {
        Object target = invocation.getTarget();
        Plan plan = registry.plan(invocation.getMethod(), target.getClass());
        if (plan == null) {
            return invocation.proceed();
        }
        Object[] args = invocation.getParameters();
        if (plan.bypass(args)) {
            plan.function().metrics().bypassed.increment();
            return invocation.proceed();
        }
        Object key;
        try {
            key = plan.key(target, args);
        } catch (RuntimeException | StackOverflowError failure) {
            key = keyFailed(plan, failure);
        }
        if (key == null) {
            plan.function().metrics().bypassed.increment();
            return invocation.proceed();
        }
        return plan.async() ? async.call(plan, key, invocation::proceed) : protocol.call(plan, key, invocation::proceed);
    }

    /** Counts a caller that waited for a concurrent computation of the function. */
    private void waited(String name) {
        FunctionState function = registry.find(name);
        if (function != null) {
            function.metrics().waits.increment();
        }
    }

    /** A key that could not be built: the call runs unmemoized, warned once per method; strict mode rethrows. */
    private Object keyFailed(Plan plan, Throwable failure) {
        if (strict) {
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw (Error) failure;
        }
        plan.warnKeyFailure(failure);
        return null;
    }

    /** Runs a programmatic call of a known function. */
    @SuppressWarnings("unchecked")
    <R> R callProgrammatic(String name, Object target, Supplier<? extends R> body, Object[] args) {
        Registry.Fit fit = registry.choose(name, target, args);
        Plan plan = fit.plan();
        Object[] fitting = fit.args();
        plan.requireTargetIfKeyed(target);
        if (plan.bypass(fitting)) {
            plan.function().metrics().bypassed.increment();
            return body.get();
        }
        Object key;
        try {
            key = plan.programmaticKey(target, fitting);
        } catch (RuntimeException | StackOverflowError failure) {
            key = keyFailed(plan, failure);
        }
        if (key == null) {
            plan.function().metrics().bypassed.increment();
            return body.get();
        }
        try {
            return (R) protocol.call(plan, key, () -> checked(name, plan, body.get()));
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A programmatic result that the function's method could not return is refused, never stored. */
    private static Object checked(String name, Plan plan, Object result) {
        if (!plan.fits(result) && plan.async() && result instanceof CompletionStage<?>) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\").call: the body returned a "
                    + result.getClass().getName() + ", but the function of " + plan.display() + " memoizes the value "
                    + "its stage completes with (the type argument of " + plan.resultTypeName() + "). Fix: return that value "
                    + "from the body (join the stage, or call the method through its proxy, such as an injected self, to "
                    + "memoize it asynchronously).");
        }
        if (!plan.fits(result)) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\").call: the body returned "
                    + (result == null ? "null" : "a " + result.getClass().getName()) + ", but " + plan.display()
                    + " returns " + plan.resultTypeName() + ", and its callers would be served this result. "
                    + "Fix: return what the method returns, or declare a function of another name with "
                    + "Memoizer.function(name, timeout).");
        }
        return result;
    }

    // ---- Memoizer operations ----

    void deleteAll(String name) {
        deletes.all(name);
    }

    void deleteVersion(String name) {
        deletes.version(name);
    }

    void deleteOne(String name, Object[] args) {
        deletes.one(name, args);
    }

    void deleteByMethod(Class<?> beanClass, String methodName, Object[] args) {
        deletes.byMethod(beanClass, methodName, args);
    }

    /** {@code deleteMemoized(Type::method, args...)}; {@code args} {@code null} for every result. */
    void deleteByReference(MemoizedMethod method, Object[] args) {
        deletes.byReference(references.resolve(method), args);
    }

    /** The plans of a known function; {@code IllegalArgumentException} for an unknown name. */
    List<Plan> plans(String name) {
        return registry.plans(name);
    }

    /** Declares a programmatic function, or returns the existing one if its timeout agrees. */
    void declare(String name, Duration timeout) {
        registry.declare(name, timeout, wanted -> newFunction(name, wanted, config.maxEntries()),
                function -> new Plan(function, new KeyWriter(name, null, defaultStrategy, config.maxKeyLength(), callKeys),
                        deploymentLoader));
        export(registry.require(name));
    }

    /** The counters of every function summed, and every cache failure (the version records' too). */
    MemoizeStatistics statistics() {
        long hits = 0;
        long misses = 0;
        long bypassed = 0;
        long waits = 0;
        long notMemoized = 0;
        for (FunctionState function : registry.functions()) {
            FunctionMetrics metrics = function.metrics();
            hits += metrics.hits.sum();
            misses += metrics.misses.sum();
            bypassed += metrics.bypassed.sum();
            waits += metrics.waits.sum();
            notMemoized += metrics.notMemoized.sum();
        }
        return new MemoizeStatistics(hits, misses, bypassed, failures.count(), waits, notMemoized);
    }

    /** The counters of one function; {@code IllegalArgumentException} naming the closest names for an unknown one. */
    FunctionStatistics statistics(String name) {
        FunctionState function = registry.require(name);
        FunctionMetrics metrics = function.metrics();
        return new FunctionStatistics(name, metrics.hits.sum(), metrics.misses.sum(), metrics.bypassed.sum(),
                metrics.cacheFailures.sum(), metrics.waits.sum(), metrics.notMemoized.sum(), function.entries(),
                function.evictions(), metrics.missTimes.snapshot());
    }

    /**
     * Publishes every function's counters through JMX and, where the application has a Micrometer
     * {@code MeterRegistry} bean or a MicroProfile Metrics {@code MetricRegistry} bean, through them; called when the runtime starts (on the application's first memoized
     * call or first use of the {@code Memoizer}), as the runtime always started. Functions declared
     * later are published when declared.
     */
    synchronized void publish() {
        if (!exports.isEmpty()) {
            return;
        }
        List<MetricsExport> started = new ArrayList<>();
        started.add(new JmxExport(applicationName, this::statistics,
                () -> registry.functions().stream().map(FunctionState::name).sorted().toList()));
        ClassLoader library = Memoization.class.getClassLoader();
        if (OptionalApis.visible(OptionalApis.MICROMETER, library)) {
            start("Micrometer", () -> MicrometerExport.of(beans), started);
        }
        if (OptionalApis.visible(OptionalApis.MICROPROFILE_METRICS, library)) {
            start("MicroProfile Metrics", () -> MicroProfileMetricsExport.of(beans), started);
        }
        exports = List.copyOf(started);
        registry.functions().forEach(this::export);
    }

    /** Adds the export {@code of} gives, unless it is {@code null}; a failure is logged and publishes less. */
    private static void start(String where, Supplier<MetricsExport> of, List<MetricsExport> started) {
        try {
            MetricsExport export = of.get();
            if (export != null) {
                started.add(export);
            }
        } catch (RuntimeException | LinkageError failure) {
            Log.metricsNotPublished(where, failure);
        }
    }

    /** Publishes a function through every export, once. */
    private synchronized void export(FunctionState function) {
        if (exported.add(function.name())) {
            for (MetricsExport export : exports) {
                try {
                    export.add(function);
                } catch (RuntimeException | LinkageError failure) {
                    Log.metricsNotPublished(export.getClass().getSimpleName(), failure);
                }
            }
        }
    }

    /** Releases what this runtime holds (its version listener); the storage bean closes its own resources. */
    void close() {
        try {
            if (versionWatch != null) {
                versionWatch.close();
            }
        } catch (Exception | LinkageError e) {
            // the cache may already be closed with its manager
        }
        closeExports();
        async.close();
        registry.clear();
        references.clear();
    }

    private synchronized void closeExports() {
        for (MetricsExport export : exports) {
            try {
                export.close();
            } catch (RuntimeException | LinkageError failure) {
                Log.metricsNotPublished("shutdown of " + export, failure); // the others still close
            }
        }
        exports = List.of();
        exported.clear();
    }
}
