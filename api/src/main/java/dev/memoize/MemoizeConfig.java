package dev.memoize;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * The library's settings. Out of the box every value is the default below, overridable with the key named on each
 * member, read at deployment through MicroProfile Config where the application has it, else as a system property;
 * to configure through CDI, declare an application-scoped bean implementing this interface (it replaces the
 * built-in one, whose keys are then not read) and override what you need.
 */
public interface MemoizeConfig {

    /** {@return the timeout of {@link Memoize#DEFAULT_TIMEOUT} methods: 300 seconds (django's cache default); {@code dev.memoize.defaultTimeout} (ISO-8601 or seconds)} */
    default Duration defaultTimeout() {
        return Duration.ofSeconds(300);
    }

    /** {@return whether a failing cache fails the business call (for tests and debugging): {@code false}; {@code dev.memoize.strict}} */
    default boolean strict() {
        return false;
    }

    /** {@return how long concurrent callers of one cold key wait for the caller computing it before running the body themselves: 30 seconds; {@code dev.memoize.singleFlightTimeout}} */
    default Duration singleFlightTimeout() {
        return Duration.ofSeconds(30);
    }

    /** {@return the class name of the JCache {@code CachingProvider} to use when the application produces no {@code CacheManager}: {@code null} for the default provider; {@code dev.memoize.cachingProvider}} */
    default String cachingProvider() {
        return null;
    }

    /** {@return the prefix of the cache names the library creates (one cache per function, plus {@code <prefix>versions}): {@code memoize.}; {@code dev.memoize.cacheNamePrefix}} */
    default String cacheNamePrefix() {
        return "memoize.";
    }

    /**
     * Whether a caller never observes another caller's changes to a mutable result: {@code true};
     * {@code dev.memoize.storeByValue}. When true (the default), results of a class known to be immutable (see
     * {@link Immutable}) are shared, every other result is copied: each hit, each caller that waited for another's
     * computation, and each caller served from a distributed cache's local tier gets its own copy (a collection of
     * immutable elements by a shallow copy, anything else by Java serialization, so it must be
     * {@link java.io.Serializable}). When false, every caller of a key in this JVM shares one instance, as a plain
     * map would; results sent to a distributed cache are still serialized.
     *
     * @return whether results are copied between callers
     */
    default boolean storeByValue() {
        return true;
    }

    /**
     * Binary names of classes whose instances are deeply immutable and so shared between callers without copying,
     * for classes that cannot carry {@link Immutable} (a library's): empty; {@code dev.memoize.immutableTypes}
     * (comma-separated). Each names one class, not its subclasses.
     *
     * @return binary names of deeply immutable classes, never {@code null}
     */
    default Set<String> immutableTypes() {
        return Set.of();
    }

    /**
     * How many results each function's cache keeps at most, for functions whose {@link Memoize#maxEntries()} is
     * {@link Memoize#DEFAULT_MAX_ENTRIES}: 10,000; {@code dev.memoize.maxEntries}. Beyond it the provider evicts
     * (least recently or least frequently used, as the provider does); an evicted result is computed again on the
     * next call. Applied to the caches the library creates on Caffeine and Hazelcast; a cache configured elsewhere
     * keeps its own bound. {@link Memoize#UNBOUNDED} for none.
     *
     * @return the default bound of a function's cache, in entries
     */
    default long maxEntries() {
        return 10_000;
    }

    /** {@return the length in characters above which a key is replaced by its function name and a SHA-256 digest: 250; {@code dev.memoize.maxKeyLength}} */
    default int maxKeyLength() {
        return 250;
    }

    /**
     * How long this JVM trusts what it read of a function's records in a distributed cache, serving held results
     * without a round trip: 50 ms; {@code dev.memoize.localLease}. Every delete waits this long before it returns,
     * so that no member serves a result read before the delete; give every member the same value. Zero turns the
     * local tier off (every hit reads the cache; deletes return at once).
     *
     * @return how long a read of a distributed cache's records is trusted
     */
    default Duration localLease() {
        return Duration.ofMillis(50);
    }

    /** {@return whether the default key strategy keys JPA entities by entity name and id: {@code true}; {@code dev.memoize.entityKeys}} */
    default boolean entityKeys() {
        return true;
    }

    /** {@return the clock that times entries; replace it in tests} */
    default Clock clock() {
        return Clock.systemUTC();
    }
}
