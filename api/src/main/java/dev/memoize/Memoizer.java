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
     * <p>{@code beanClass} names the functions of every bean class at or below it that memoizes the method: the
     * bean class itself, every bean class below a supertype (an abstract DAO base, a business interface), and a
     * bean's subclass beans (an {@code @Alternative}, {@code @Specializes} or qualified subclass may serve its
     * callers). A subclass of a bean class that is no bean (a proxy's class) names that bean's.
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
     * Drops every memoized result of the function of the method that {@code method} names, in O(1): like
     * {@link #deleteMemoized(Class, String, Object...)} without arguments, with the method checked by the compiler.
     * The method's overloads go too where they share its function (its name, unless {@link Memoize#name()} sets
     * them apart), as with {@link #deleteMemoized(String)}. For a method without parameters this is the only form:
     * its one result is among them.
     *
     * <p>{@code memoizer.deleteMemoized(UserDao::all)}. The same rules hold for every arity, {@link MemoizedMethod.Of1}
     * to {@link MemoizedMethod.Of6}: {@code memoizer.deleteMemoized(UserDao::find)}.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method, where {@code Type} is its bean
     *        class or a supertype of bean classes (then the method's function on every bean class below it)
     * @param <T> the type the reference names the method on
     * @throws IllegalArgumentException if {@code method} is no such reference (a lambda, a bound
     *         {@code instance::method}, a static method, a constructor) or names a method that no bean class memoizes
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T> void deleteMemoized(MemoizedMethod.Of0<T, ?> method);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of0)}, for a method with 1 parameter: every result of its function.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of0)} says
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T, A> void deleteMemoized(MemoizedMethod.Of1<T, A, ?> method);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of0)}, for a method with 2 parameters: every result of its function.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of0)} says
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T, A, B> void deleteMemoized(MemoizedMethod.Of2<T, A, B, ?> method);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of0)}, for a method with 3 parameters: every result of its function.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of0)} says
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T, A, B, C> void deleteMemoized(MemoizedMethod.Of3<T, A, B, C, ?> method);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of0)}, for a method with 4 parameters: every result of its function.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of0)} says
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T, A, B, C, D> void deleteMemoized(MemoizedMethod.Of4<T, A, B, C, D, ?> method);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of0)}, for a method with 5 parameters: every result of its function.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <E> the type of the method's fifth parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of0)} says
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T, A, B, C, D, E> void deleteMemoized(MemoizedMethod.Of5<T, A, B, C, D, E, ?> method);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of0)}, for a method with 6 parameters: every result of its function.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <E> the type of the method's fifth parameter, boxed
     * @param <F> the type of the method's sixth parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of0)} says
     * @throws DeleteFailedException if the cache failed to write the new version
     */
    <T, A, B, C, D, E, F> void deleteMemoized(MemoizedMethod.Of6<T, A, B, C, D, E, F, ?> method);

    /**
     * Drops the one memoized result of exactly this overload for exactly these arguments (and the default target),
     * as an intercepted call with these arguments keys it. Unlike {@link #deleteMemoized(String, Object...)}, which
     * fits the arguments to every overload of the name, it addresses only the method the reference names. The
     * compiler checks the number and types of the arguments ({@code 42L} for a {@code long} or {@code Long}
     * parameter); an overloaded method needs type arguments or a cast (see {@link MemoizedMethod}).
     *
     * <p>{@code memoizer.deleteMemoized(UserDao::find, 42L)}. The same rules hold for every arity, up to
     * {@link MemoizedMethod.Of6}.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method, where {@code Type} is its bean
     *        class or a supertype of bean classes (then the method's result on every bean class below it)
     * @param a the call's argument, {@code null} included
     * @param <T> the type the reference names the method on
     * @param <A> the parameter's type, boxed
     * @throws IllegalArgumentException if {@code method} is no such reference (a lambda, a bound
     *         {@code instance::method}, a static method, a constructor, a varargs method given its elements one by
     *         one) or names a method that no bean class memoizes, or for the reasons
     *         {@link #deleteMemoized(String, Object...)} gives (an argument without a stable key, {@code null} for a
     *         primitive, a function whose keys include the target instance)
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    <T, A> void deleteMemoized(MemoizedMethod.Of1<T, A, ?> method, A a);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of1, Object)}, for a method with 2 parameters: the one result for these
     * arguments.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param a the call's first argument, {@code null} included
     * @param b the call's second argument, {@code null} included
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of1, Object)} says
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    <T, A, B> void deleteMemoized(MemoizedMethod.Of2<T, A, B, ?> method, A a, B b);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of1, Object)}, for a method with 3 parameters: the one result for these
     * arguments.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param a the call's first argument, {@code null} included
     * @param b the call's second argument, {@code null} included
     * @param c the call's third argument, {@code null} included
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of1, Object)} says
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    <T, A, B, C> void deleteMemoized(MemoizedMethod.Of3<T, A, B, C, ?> method, A a, B b, C c);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of1, Object)}, for a method with 4 parameters: the one result for these
     * arguments.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param a the call's first argument, {@code null} included
     * @param b the call's second argument, {@code null} included
     * @param c the call's third argument, {@code null} included
     * @param d the call's fourth argument, {@code null} included
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of1, Object)} says
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    <T, A, B, C, D> void deleteMemoized(MemoizedMethod.Of4<T, A, B, C, D, ?> method, A a, B b, C c, D d);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of1, Object)}, for a method with 5 parameters: the one result for these
     * arguments.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param a the call's first argument, {@code null} included
     * @param b the call's second argument, {@code null} included
     * @param c the call's third argument, {@code null} included
     * @param d the call's fourth argument, {@code null} included
     * @param e the call's fifth argument, {@code null} included
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <E> the type of the method's fifth parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of1, Object)} says
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    <T, A, B, C, D, E> void deleteMemoized(MemoizedMethod.Of5<T, A, B, C, D, E, ?> method, A a, B b, C c, D d, E e);

    /**
     * As {@link #deleteMemoized(MemoizedMethod.Of1, Object)}, for a method with 6 parameters: the one result for these
     * arguments.
     *
     * @param method an unbound reference {@code Type::method} to a memoized method
     * @param a the call's first argument, {@code null} included
     * @param b the call's second argument, {@code null} included
     * @param c the call's third argument, {@code null} included
     * @param d the call's fourth argument, {@code null} included
     * @param e the call's fifth argument, {@code null} included
     * @param f the call's sixth argument, {@code null} included
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <E> the type of the method's fifth parameter, boxed
     * @param <F> the type of the method's sixth parameter, boxed
     * @throws IllegalArgumentException as {@link #deleteMemoized(MemoizedMethod.Of1, Object)} says
     * @throws DeleteFailedException if the cache failed to write the delete
     */
    <T, A, B, C, D, E, F> void deleteMemoized(MemoizedMethod.Of6<T, A, B, C, D, E, F, ?> method, A a, B b, C c, D d, E e, F f);

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

    /** {@return the counters of this application's memoization (hits, misses, cache failures), all functions summed} */
    MemoizeStatistics statistics();

    /**
     * Returns the counters of one function: its calls, cache failures, single-flight waits, the time its
     * computations took, and its cache's entries and evictions where the provider can tell. The same numbers are
     * published through JMX, as meters where the application has a Micrometer {@code MeterRegistry} bean, and as
     * gauges where the runtime offers a MicroProfile Metrics application {@code MetricRegistry}.
     *
     * @param name the function's name (an {@code @Memoize} method's or a declared programmatic function's)
     * @return the function's counters since the application started
     * @throws IllegalArgumentException if no function has that name
     */
    FunctionStatistics statistics(String name);
}
