package dev.memoize;

import java.time.Duration;

/**
 * Deletes memoized results and memoizes code that CDI does not intercept; an injectable application-scoped bean.
 *
 * <p>Deletions are immediate and strict: once a delete method returns, no call anywhere that shares the cache
 * is served a value computed before it, even by a computation that was running during the delete.
 * Inside an active JTA transaction, a delete is made at once and again when the transaction ends, so that a
 * value another caller memoizes from the old data while the transaction is open does not outlive its commit.
 * Every method that takes a function name throws {@link IllegalArgumentException}, listing the closest known
 * names, when no function of that name is known (every {@link Memoize @Memoize} method is known at deployment,
 * programmatic functions once declared with {@link #function(String, Duration)}).
 *
 * <p>A delete either takes effect or throws: {@link DeleteFailedException} when the cache fails to write it,
 * {@link IllegalArgumentException} when the arguments cannot name the result (wrong arity, an argument without a
 * stable key, or a function whose keys include the target instance). It never returns as if it had deleted.
 */
public interface Memoizer {

    /**
     * Drops every memoized result of the function, for all overloads and all targets, in O(1).
     *
     * @param name the function's name
     * @throws IllegalArgumentException if no function has that name
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    void deleteMemoized(String name);

    /**
     * Drops the one memoized result for exactly these arguments (and the default target). Partial arguments are
     * never a wildcard. For overloaded functions, the result is dropped in every overload these arguments fit.
     *
     * @param name the function's name
     * @param args the arguments of the call whose result to drop
     * @throws IllegalArgumentException if no function has that name, if no overload takes these arguments,
     *         if an argument has no stable key, or if the function's keys include the target instance (a bean
     *         that can have several instances and overrides {@code toString()}): then delete every result with
     *         {@link #deleteMemoized(String)}
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    void deleteMemoized(String name, Object... args);

    /**
     * Like {@link #deleteMemoized(String, Object...)}, naming the method by bean class and method name; without
     * arguments, drops every result of that method's function.
     *
     * <p>{@code beanClass} names the bean class whose function to delete. A class that is no bean but a
     * supertype of bean classes (an abstract DAO base, a business interface) names the functions of every bean
     * class below it that memoizes the method; a subclass of a bean class (a proxy's class) names that bean's.
     *
     * @param beanClass the bean class, a supertype of bean classes, or a subclass of one
     * @param methodName the method's name
     * @param args the arguments of the call whose result to drop, or none for every result
     * @throws IllegalArgumentException if that class has no memoized method of that name, or for the reasons
     *         {@link #deleteMemoized(String, Object...)} gives
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    void deleteMemoized(Class<?> beanClass, String methodName, Object... args);

    /**
     * Removes the function's version record; the next call creates a new one, so every result is recomputed.
     *
     * @param name the function's name
     * @throws IllegalArgumentException if no function has that name
     * @throws DeleteFailedException if the cache failed to remove the record
     */
    void deleteMemoizedVerhash(String name);

    /**
     * Returns the function of a {@link Memoize @Memoize} method or of a declared programmatic function, for
     * memoizing code that CDI does not intercept (self-invocation, JPA entity methods) under the same keys.
     *
     * @param name the function's name
     * @return the function
     * @throws IllegalArgumentException if no function has that name
     */
    MemoizedFunction function(String name);

    /**
     * Declares (or returns, if already declared with the same timeout) a programmatic function.
     *
     * @param name the function's name
     * @param timeout how long a result stays memoized; {@code null} for never expiring, zero for never memoized
     * @return the function
     * @throws IllegalArgumentException if an {@code @Memoize} method or an earlier declaration uses the name
     *         with another timeout
     */
    MemoizedFunction function(String name, Duration timeout);

    /** Returns the counters of this application's memoization (hits, misses, cache failures), all functions summed. */
    MemoizeStatistics statistics();

    /**
     * Returns the counters of one function: its calls, cache failures, single-flight waits, the time its
     * computations took, and its cache's entries and evictions where the provider can tell. The same numbers are
     * published through JMX and, where the application has a Micrometer {@code MeterRegistry} bean, as meters.
     *
     * @param name the function's name (an {@code @Memoize} method's or a declared programmatic function's)
     * @return the function's counters since the application started
     * @throws IllegalArgumentException if no function has that name
     */
    FunctionStatistics statistics(String name);
}
