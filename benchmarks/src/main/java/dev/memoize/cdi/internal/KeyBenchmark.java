package dev.memoize.cdi.internal;

import dev.memoize.cdi.DefaultKeyStrategy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key building alone, for typical argument shapes (in the library's package: keys are internal). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class KeyBenchmark {

    /** A JPA entity, keyed by id. */
    @Entity
    public static class Person {
        @Id
        private Long id;

        public Person() {
        }

        Person(long id) {
            this.id = id;
        }
    }

    private static final String NAME = "com.acme.MembershipService.hasMembership";
    private static final KeyWriter.Unkeyable NEVER = (index, value) -> {
        throw new AssertionError(value);
    };

    private final KeyWriter keys = new KeyWriter(NAME, null, new DefaultKeyStrategy(), 250);
    private final Object[] twoScalars = {"alice", 42L};
    private final Object[] entityAndScalar = {new Person(42L), 7L};
    private final Object[] tenStrings = {List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")};

    @Benchmark
    public String twoScalars() {
        return keys.key(KeyWriter.TargetRule.NONE, null, twoScalars, NEVER);
    }

    @Benchmark
    public String entityAndScalar() {
        return keys.key(KeyWriter.TargetRule.NONE, null, entityAndScalar, NEVER);
    }

    @Benchmark
    public String listOfTenStrings() {
        return keys.key(KeyWriter.TargetRule.NONE, null, tenStrings, NEVER);
    }
}
