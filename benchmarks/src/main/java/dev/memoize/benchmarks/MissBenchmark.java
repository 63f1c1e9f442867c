package dev.memoize.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The miss path (the body returns at once): arguments cycle over 2^18 values, and every time the cycle restarts
 * the function's results are deleted, so every call misses and the cache never holds more than 2^18 entries.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MissBenchmark {

    private static final long CYCLE = 1 << 18;

    private long n;

    @Benchmark
    public String miss(Fixture fixture) {
        if ((n & (CYCLE - 1)) == 0) {
            fixture.memoizer.deleteMemoized(Lookups.Memoized.MISS);
        }
        return fixture.memoized.miss(n++ & (CYCLE - 1));
    }
}
