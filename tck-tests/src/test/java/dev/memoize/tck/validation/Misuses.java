package dev.memoize.tck.validation;

import dev.memoize.KeyStrategy;
import dev.memoize.Memoize;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;

import java.time.temporal.ChronoUnit;

/** One bean per misuse of @Memoize; each must fail the deployment. */
final class Misuses {

    private Misuses() {
    }

    @Dependent
    static class VoidMethod {
        @Memoize(timeout = 60)
        public void refresh() {
        }
    }

    @Dependent
    static class PrivateMethod {
        @Memoize(timeout = 60)
        private String secret(String key) {
            return key;
        }
    }

    @Dependent
    static class StaticMethod {
        @Memoize(timeout = 60)
        public static String utility(String key) {
            return key;
        }
    }

    @Dependent
    static class FinalMethod {
        @Memoize(timeout = 60)
        public final String fixed(String key) {
            return key;
        }
    }

    @Dependent
    static final class FinalClass {
        @Memoize(timeout = 60)
        public String sealed(String key) {
            return key;
        }
    }

    @Dependent
    @Memoize(name = "everything")
    static class NameOnType {
        public String any(String key) {
            return key;
        }
    }

    @Dependent
    static class NegativeTimeout {
        @Memoize(timeout = -5)
        public String negative(String key) {
            return key;
        }
    }

    @Dependent
    static class NoEntries {
        @Memoize(maxEntries = 0)
        public String none(String key) {
            return key;
        }
    }

    @Dependent
    static class SmallBound {
        @Memoize(name = "shared.bound", maxEntries = 10)
        public String small(String key) {
            return key;
        }
    }

    @Dependent
    static class LargeBound {
        @Memoize(name = "shared.bound", maxEntries = 20)
        public String large(Long key) {
            return "" + key;
        }
    }

    /** An application configuration whose bound cannot work. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class ZeroBoundConfig implements dev.memoize.MemoizeConfig {
        @Override
        public long maxEntries() {
            return 0;
        }
    }

    @Dependent
    static class InexactUnit {
        @Memoize(timeout = 1, unit = ChronoUnit.MONTHS)
        public String monthly(String key) {
            return key;
        }
    }

    @Dependent
    static class ShortLived {
        @Memoize(name = "shared.timeout", timeout = 10)
        public String a(String key) {
            return key;
        }
    }

    @Dependent
    static class LongLived {
        @Memoize(name = "shared.timeout", timeout = 20)
        public String b(long key) {
            return "" + key;
        }
    }

    @Dependent
    static class FirstOwner {
        @Memoize(name = "shared.signature", timeout = 10)
        public String lookup(String key) {
            return key;
        }
    }

    @Dependent
    static class SecondOwner {
        @Memoize(name = "shared.signature", timeout = 10)
        public String find(String key) {
            return key;
        }
    }

    /** Neither a bean nor constructible without arguments. */
    static class NeedsArgument implements KeyStrategy {
        NeedsArgument(String prefix) {
        }

        @Override
        public String keyPart(Object argument) {
            return String.valueOf(argument);
        }
    }

    @Dependent
    static class UnusableStrategy {
        @Memoize(timeout = 60, keyStrategy = NeedsArgument.class)
        public String keyed(String key) {
            return key;
        }
    }

    /** The control: a correct bean deploys. */
    @Dependent
    /** A generic base whose finder one explicit name shares with every subclass bean. */
    abstract static class SharedGenericBase<T> {
        @Memoize(name = "shared.generic", timeout = 10)
        public java.util.Optional<T> find(long id) {
            return java.util.Optional.empty();
        }
    }

    static class SharedStrings extends SharedGenericBase<String> {
    }

    static class SharedNumbers extends SharedGenericBase<Integer> {
    }

    /** A template base that declares its memoized method abstract. */
    abstract static class AbstractTemplate {
        @Memoize(timeout = 10)
        public abstract String render(String page);
    }

    static class LostTemplate extends AbstractTemplate {
        @Override
        public String render(String page) {
            return page;
        }
    }

    /** An interface whose default method is memoized. */
    public interface Describing {
        @Memoize(timeout = 60)
        default String describe(String thing) {
            return thing;
        }
    }

    static class DefaultDescriber implements Describing {
    }

    /** An interface whose default method carries no annotation of its own. */
    public interface Greeting {
        default String greet(String name) {
            return "hello " + name;
        }
    }

    @Memoize(timeout = 60)
    static class TypeLevelGreeter implements Greeting {
    }

    static class Correct {
        @Memoize(timeout = 60)
        public String fine(String key) {
            return key;
        }
    }

    /** Two KeyStrategy alternatives enabled with the same priority: neither can be the default. */
    @Alternative
    @Priority(10)
    static class FirstKeys implements KeyStrategy {
        @Override
        public String keyPart(Object argument) {
            return String.valueOf(argument);
        }
    }

    @Alternative
    @Priority(10)
    static class SecondKeys extends FirstKeys {
    }

    @Dependent
    static class FutureResult {
        @Memoize(timeout = 60)
        public java.util.concurrent.Future<String> report(String id) {
            return java.util.concurrent.CompletableFuture.completedFuture(id);
        }
    }

    /** A CompletableFuture subclass: the library could only return a plain CompletableFuture. */
    @Dependent
    static class FutureSubclassResult {
        static class Tracked<T> extends java.util.concurrent.CompletableFuture<T> {
        }

        @Memoize(timeout = 60)
        public Tracked<String> report(String id) {
            return new Tracked<>();
        }
    }

    @Dependent
    static class MutinyResult {
        @Memoize(timeout = 60)
        public io.smallrye.mutiny.Uni<String> report(String id) {
            return io.smallrye.mutiny.Uni.createFrom().item(id);
        }
    }

    @Dependent
    static class PublisherResult {
        @Memoize(timeout = 60)
        public java.util.concurrent.Flow.Publisher<String> report(String id) {
            return new java.util.concurrent.SubmissionPublisher<>();
        }
    }

    /** A type-level @Memoize covers a method that returns a one-shot stream. */
    @Dependent
    @Memoize(timeout = 60)
    static class StreamResult {
        public String name(String id) {
            return id;
        }

        public java.util.stream.Stream<String> lines(String id) {
            return java.util.stream.Stream.of(id);
        }
    }

    @Dependent
    static class ClusterWideStage {
        @Memoize(timeout = 60, clusterSingleFlight = true)
        public java.util.concurrent.CompletionStage<String> report(String id) {
            return java.util.concurrent.CompletableFuture.completedFuture(id);
        }
    }
}
