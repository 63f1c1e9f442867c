package dev.memoize.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.concurrent.TimeUnit;

/**
 * The hit path and its floors, in the same run: a plain proxied call, a no-op interceptor, the naive memoizing
 * interceptor, a raw JCache get; and its peer, Spring's {@code @Cacheable(sync = true)} on a Caffeine cache manager.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HitBenchmark {

    @Benchmark
    public String plainCall(Fixture fixture, Cursor cursor) {
        int i = cursor.next();
        return fixture.plain.lookup(fixture.users[i], fixture.roles[i]);
    }

    @Benchmark
    public String noopInterceptor(Fixture fixture, Cursor cursor) {
        int i = cursor.next();
        return fixture.noop.lookup(fixture.users[i], fixture.roles[i]);
    }

    @Benchmark
    public String naiveMemoizingInterceptor(Fixture fixture, Cursor cursor) {
        int i = cursor.next();
        return fixture.naive.lookup(fixture.users[i], fixture.roles[i]);
    }

    @Benchmark
    public String springCacheableSync(Fixture fixture, Cursor cursor) {
        int i = cursor.next();
        return fixture.springLookup.lookup(fixture.users[i], fixture.roles[i]);
    }

    @Benchmark
    public Object rawJCacheGet(Fixture fixture, Cursor cursor) {
        return fixture.raw.get(fixture.rawKeys[cursor.next()]);
    }

    @Benchmark
    public String memoizedHit(Fixture fixture, Cursor cursor) {
        int i = cursor.next();
        return fixture.memoized.lookup(fixture.users[i], fixture.roles[i]);
    }
}
