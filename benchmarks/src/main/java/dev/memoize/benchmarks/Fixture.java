package dev.memoize.benchmarks;

import dev.memoize.Memoizer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import javax.cache.Cache;
import java.util.List;

/**
 * One Weld SE container with the four lookups, on one storage, one Spring context with the {@code @Cacheable} peer
 * (Caffeine, whatever the storage), and 1,024 pre-built argument pairs (so that nothing constant-folds) already
 * memoized: every benchmark call is a hit.
 */
@State(Scope.Benchmark)
public class Fixture {

    static final int PAIRS = 1024;

    @Param({"caffeine-reference", "caffeine-value", "hazelcast-member", "hazelcast-client"})
    public String storage;

    WeldContainer container;
    Lookups.Plain plain;
    Lookups.NoopIntercepted noop;
    Lookups.Naive naive;
    Lookups.Memoized memoized;
    Memoizer memoizer;
    Cache<Object, Object> raw;
    AnnotationConfigApplicationContext spring;
    SpringLookup springLookup;
    final String[] users = new String[PAIRS];
    final long[] roles = new long[PAIRS];
    final Object[] rawKeys = new Object[PAIRS];

    @Setup
    public void start() {
        Storage.configure(storage);
        container = new Weld("memoize-bench").initialize();
        plain = container.select(Lookups.Plain.class).get();
        noop = container.select(Lookups.NoopIntercepted.class).get();
        naive = container.select(Lookups.Naive.class).get();
        memoized = container.select(Lookups.Memoized.class).get();
        memoizer = container.select(Memoizer.class).get();
        raw = container.select(NaiveCache.class).get().cache();
        spring = new AnnotationConfigApplicationContext(SpringPeer.class);
        springLookup = spring.getBean(SpringLookup.class);
        for (int i = 0; i < PAIRS; i++) {
            users[i] = "user-" + i;
            roles[i] = i % 7;
            rawKeys[i] = List.of("lookup", users[i], roles[i]);
            naive.lookup(users[i], roles[i]);
            memoized.lookup(users[i], roles[i]);
            springLookup.lookup(users[i], roles[i]);
        }
    }

    @TearDown
    public void stop() {
        if (spring != null) {
            spring.close();
        }
        container.close();
        // The providers' own instances (a member, or a client) are not daemon threads: end them so the fork exits.
        com.hazelcast.client.HazelcastClient.shutdownAll();
        com.hazelcast.core.Hazelcast.shutdownAll();
    }
}
