package dev.memoize.benchmarks;

import dev.memoize.cdi.internal.KeyBenchmark;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every benchmark in one go (hit path, floors and the Spring peer at 1 and 2 threads on each storage, keys,
 * miss, delete) with the GC profiler (forks 1 unless given, warm-up 5 x 2 s, measurement 4 x 1 s), then the single-flight count,
 * and prints one table with the ratios the targets name and the bytes per hit.
 * Arguments: {@code quick} shortens iterations (for a smoke run); {@code tiers} runs the memoized hit and the naive
 * floor on three storages only; {@code local} runs the hit benchmarks on {@code caffeine-reference} only;
 * {@code threads=1,8} sets the thread counts (default {@code 1,2}; {@code local} runs 1 thread unless given);
 * {@code forks=N} sets the forks per benchmark (default 1).
 */
public final class BenchmarkMain {

    private static final String HIT = HitBenchmark.class.getName();

    private static int forks = 1;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        boolean quick = arguments.contains("quick");
        int[] givenThreads = threads(arguments);
        int[] threadCounts = givenThreads == null ? new int[] {1, 2} : givenThreads;
        forks = forks(arguments);
        List<RunResult> results = new ArrayList<>();
        if (arguments.contains("tiers")) {
            // The memoized hit on each storage and the naive floor (the second and third targets).
            for (int threads : threadCounts) {
                results.addAll(run(options(quick)
                        .include(HIT + ".(naiveMemoizingInterceptor|memoizedHit)")
                        .param("storage", "caffeine-value", "hazelcast-member", "hazelcast-client")
                        .threads(threads)));
            }
            print(results);
            System.exit(0);
        }
        if (arguments.contains("local")) {
            // Only the local hit path, its floors and the Spring peer (a shorter run, for allocation and the first target).
            for (int threads : givenThreads == null ? new int[] {1} : givenThreads) {
                // The default configuration (storeByValue): immutable results shared, mutable ones copied.
                results.addAll(run(options(quick).include(HIT).param("storage", "caffeine-value").threads(threads)));
            }
            print(results);
            System.exit(0);
        }
        for (int threads : threadCounts) {
            // The floors that do not touch a cache run once; the others on every storage, the Spring peer (its own
            // Caffeine, by reference) next to the naive floor on the Caffeine storages.
            results.addAll(run(options(quick).include(HIT + ".(plainCall|noopInterceptor)")
                    .param("storage", "caffeine-reference").threads(threads)));
            results.addAll(run(options(quick)
                    .include(HIT + ".(naiveMemoizingInterceptor|rawJCacheGet|memoizedHit|springCacheableSync)")
                    .param("storage", "caffeine-reference", "caffeine-value")
                    .threads(threads)));
            results.addAll(run(options(quick)
                    .include(HIT + ".(naiveMemoizingInterceptor|rawJCacheGet|memoizedHit)")
                    .param("storage", "hazelcast-member", "hazelcast-client")
                    .threads(threads)));
        }
        results.addAll(run(options(quick).include(KeyBenchmark.class.getName())));
        results.addAll(run(options(quick).include(MissBenchmark.class.getName()).param("storage", "caffeine-reference")));
        results.addAll(run(options(quick).include(DeleteBenchmark.class.getName()).param("storage", "caffeine-reference")));
        print(results);
        singleFlight();
        System.out.printf("JDK %s (%s), %d cores%n", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    /** {@code threads=1,8}: the thread counts, or null when not given. */
    private static int[] threads(List<String> arguments) {
        for (String argument : arguments) {
            if (argument.startsWith("threads=")) {
                int[] counts = Arrays.stream(argument.substring("threads=".length()).split(","))
                        .map(String::trim).filter(count -> !count.isEmpty()).mapToInt(Integer::parseInt).toArray();
                if (counts.length == 0 || Arrays.stream(counts).anyMatch(count -> count < 1)) {
                    throw new IllegalArgumentException("threads= needs positive counts, e.g. threads=1,8: " + argument);
                }
                return counts;
            }
        }
        return null;
    }

    /** {@code forks=N}: the forks per benchmark, 1 when not given. */
    private static int forks(List<String> arguments) {
        for (String argument : arguments) {
            if (argument.startsWith("forks=")) {
                int n = Integer.parseInt(argument.substring("forks=".length()).trim());
                if (n < 1) {
                    throw new IllegalArgumentException("forks= needs a positive count: " + argument);
                }
                return n;
            }
        }
        return 1;
    }

    private static ChainedOptionsBuilder options(boolean quick) {
        return new OptionsBuilder()
                .forks(forks)
                // The memoized hit reaches its compiled speed only after 4-6 s (a deep call chain to inline):
                // shorter warm-ups measure the JIT, not the hit.
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 1 : 4)
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .shouldDoGC(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        return new Runner(options.build()).run();
    }

    private static void print(List<RunResult> results) {
        Map<String, Double> scores = new TreeMap<>();
        Map<String, Double> bytes = new TreeMap<>();
        SortedSet<Integer> threadCounts = new TreeSet<>();
        System.out.println();
        System.out.println("| benchmark | storage / param | threads | ns/op | ± | B/op |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (RunResult run : results) {
            var params = run.getParams();
            String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            String param = String.join(",", params.getParamsKeys().stream().map(params::getParam).toList());
            Result<?> primary = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            if (alloc == null) {
                alloc = run.getSecondaryResults().get("·gc.alloc.rate.norm");
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %s |%n", name, param, params.getThreads(),
                    primary.getScore(), primary.getScoreError(),
                    alloc == null ? "-" : String.format(Locale.ROOT, "%.0f", alloc.getScore()));
            String key = name + "/" + param + "/" + params.getThreads();
            scores.put(key, primary.getScore());
            if (alloc != null) {
                bytes.put(key, alloc.getScore());
            }
            threadCounts.add(params.getThreads());
        }
        System.out.println();
        System.out.println("| ratio | storage | threads | value | target |");
        System.out.println("|---|---|---:|---:|---|");
        for (String storage : List.of("caffeine-reference", "caffeine-value", "hazelcast-member", "hazelcast-client")) {
            for (int threads : threadCounts) {
                Double hit = scores.get("memoizedHit/" + storage + "/" + threads);
                Double naive = scores.get("naiveMemoizingInterceptor/" + storage + "/" + threads);
                Double spring = scores.get("springCacheableSync/" + storage + "/" + threads);
                Double local = scores.get("memoizedHit/caffeine-value/" + threads);
                if (hit != null && naive != null) {
                    System.out.printf(Locale.ROOT, "| memoized hit / naive interceptor | %s | %d | %.2f | %s |%n",
                            storage, threads, hit / naive, storage.equals("caffeine-value") ? "<= 1.15" : "-");
                }
                if (hit != null && spring != null) {
                    // The target is the default configuration's (immutable results are shared, as Spring shares all).
                    System.out.printf(Locale.ROOT, "| memoized hit / Spring @Cacheable(sync=true) | %s | %d | %.2f | %s |%n",
                            storage, threads, hit / spring, storage.equals("caffeine-value") ? "< 1" : "-");
                }
                if (hit != null && local != null && storage.startsWith("hazelcast")) {
                    System.out.printf(Locale.ROOT, "| memoized hit / local hit (caffeine-value) | %s | %d | %.2f | <= 2 |%n",
                            storage, threads, hit / local);
                }
            }
        }
        Double small = scores.get("deleteAll/caffeine-reference,10/1");
        Double large = scores.get("deleteAll/caffeine-reference,100000/1");
        if (small != null && large != null) {
            System.out.printf(Locale.ROOT, "| deleteMemoized(name): 100,000 entries / 10 entries | caffeine-reference | 1 | %.2f | <= 2 |%n",
                    large / small);
        }
        System.out.println();
        List<String> hitPaths = List.of("memoizedHit", "naiveMemoizingInterceptor", "springCacheableSync");
        StringBuilder table = new StringBuilder();
        for (String storage : List.of("caffeine-reference", "caffeine-value", "hazelcast-member", "hazelcast-client")) {
            for (int threads : threadCounts) {
                List<Double> row = hitPaths.stream().map(name -> bytes.get(name + "/" + storage + "/" + threads)).toList();
                if (row.stream().anyMatch(Objects::nonNull)) {
                    table.append(String.format(Locale.ROOT, "| B/op | %s | %d | %s |%n", storage, threads, String.join(" | ",
                            row.stream().map(b -> b == null ? "-" : String.format(Locale.ROOT, "%.0f", b)).toList())));
                }
            }
        }
        if (!table.isEmpty()) {
            System.out.println("| bytes per hit | storage | threads | memoized hit | naive interceptor | Spring @Cacheable(sync=true) |");
            System.out.println("|---|---|---:|---:|---:|---:|");
            System.out.print(table);
            System.out.println();
        }
    }

    /** 16 threads call one cold key at once, 50 times over; counts body runs per key. */
    private static void singleFlight() throws Exception {
        Storage.configure("caffeine-reference");
        try (WeldContainer container = new Weld("memoize-bench-flight").initialize()) {
            Lookups.Memoized memoized = container.select(Lookups.Memoized.class).get();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                int rounds = 50;
                for (long key = 0; key < rounds; key++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<String>> calls = new ArrayList<>();
                    long cold = key;
                    for (int t = 0; t < 16; t++) {
                        calls.add(pool.submit(() -> {
                            start.await();
                            return memoized.cold(cold);
                        }));
                    }
                    start.countDown();
                    for (Future<String> call : calls) {
                        call.get();
                    }
                }
                System.out.printf("Single flight: %d cold keys x 16 concurrent callers -> %d body runs (target: 1 per key)%n%n",
                        rounds, memoized.coldRuns());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
