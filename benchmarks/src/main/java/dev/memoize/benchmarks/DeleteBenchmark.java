package dev.memoize.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** deleteMemoized(name) with 10 and with 100,000 results stored: a version bump, O(1). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class DeleteBenchmark {

    @Param({"10", "100000"})
    public int entries;

    @Setup
    public void fill(Fixture fixture) {
        for (long i = 0; i < entries; i++) {
            fixture.memoized.miss(i);
        }
    }

    @Benchmark
    public void deleteAll(Fixture fixture) {
        fixture.memoizer.deleteMemoized(Lookups.Memoized.MISS);
    }
}
