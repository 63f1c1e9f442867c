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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every benchmark in one go (hit path and floors at 1 and 2 threads on each storage, keys, miss, delete)
 * with the GC profiler (forks 1, warm-up 3 x 1 s, measurement 4 x 1 s), then the single-flight count, and prints one table with the ratios the targets name.
 * Argument {@code quick} shortens iterations (for a smoke run).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("quick");
        List<RunResult> results = new ArrayList<>();
        if (List.of(args).contains("tiers")) {
            // The memoized hit on each storage and the naive floor, at 1 and 2 threads (the second and third targets).
            for (int threads : new int[] {1, 2}) {
                results.addAll(run(options(quick)
                        .include(HitBenchmark.class.getName() + ".(naiveMemoizingInterceptor|memoizedHit)")
                        .param("storage", "caffeine-reference", "hazelcast-member", "hazelcast-client")
                        .threads(threads)));
            }
            print(results);
            System.exit(0);
        }
        if (List.of(args).contains("local")) {
            // Only the local hit path and its floors (a shorter run, for allocation and the first target).
            results.addAll(run(options(quick).include(HitBenchmark.class.getName()).param("storage", "caffeine-reference")));
            print(results);
            System.exit(0);
        }
        for (int threads : new int[] {1, 2}) {
            // The floors that do not touch a cache run once; the others on every storage.
            results.addAll(run(options(quick).include(HitBenchmark.class.getName() + ".(plainCall|noopInterceptor)")
                    .param("storage", "caffeine-reference").threads(threads)));
            results.addAll(run(options(quick)
                    .include(HitBenchmark.class.getName() + ".(naiveMemoizingInterceptor|rawJCacheGet|memoizedHit)")
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

    private static ChainedOptionsBuilder options(boolean quick) {
        return new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(1))
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
            scores.put(name + "/" + param + "/" + params.getThreads(), primary.getScore());
        }
        System.out.println();
        System.out.println("| ratio | storage | threads | value | target |");
        System.out.println("|---|---|---:|---:|---|");
        for (String storage : List.of("caffeine-reference", "caffeine-value", "hazelcast-member", "hazelcast-client")) {
            for (int threads : new int[] {1, 2}) {
                Double hit = scores.get("memoizedHit/" + storage + "/" + threads);
                Double naive = scores.get("naiveMemoizingInterceptor/" + storage + "/" + threads);
                Double local = scores.get("memoizedHit/caffeine-reference/" + threads);
                if (hit != null && naive != null) {
                    System.out.printf(Locale.ROOT, "| memoized hit / naive interceptor | %s | %d | %.2f | %s |%n",
                            storage, threads, hit / naive, storage.equals("caffeine-reference") ? "<= 1.15" : "-");
                }
                if (hit != null && local != null && storage.startsWith("hazelcast")) {
                    System.out.printf(Locale.ROOT, "| memoized hit / local hit (caffeine-reference) | %s | %d | %.2f | <= 2 |%n",
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
