package dev.memoize;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Memoizes the result of a CDI bean method by the function's name and its arguments.
 *
 * <p>A second call with equal arguments returns the stored result without running the method body,
 * in this JVM and on every member that shares the cache. The key of a call is made of:
 * <ol>
 *   <li>the function's {@link #name()} (and, for overloaded methods, the parameter types);</li>
 *   <li>the target instance, only when the bean can have several instances (not {@code @ApplicationScoped},
 *       {@code @Singleton}, or a stateless or singleton session bean) and has an identity of its own (its class
 *       overrides {@code toString()}, or the {@link KeyStrategy} says so); a service bean adds nothing;</li>
 *   <li>one part per argument, in order, made by the method's {@link KeyStrategy}.</li>
 * </ol>
 * {@code null} results are memoized, {@link java.util.Optional} results by content, exceptions never.
 * A result computed inside an active JTA transaction is memoized only once that transaction has committed,
 * never if it rolls back.
 *
 * <p>On a type, every business method of the bean is memoized (methods returning {@code void} are skipped).
 * Misuse (a {@code void}, {@code private}, {@code static} or {@code final} method, a final class, or a name
 * shared by incompatible functions) fails the deployment with a message naming the method.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Memoize {

    /** Value of {@link #timeout()} that means "use the configured default" ({@link MemoizeConfig#defaultTimeout()}). */
    long DEFAULT_TIMEOUT = -1L;

    /** Value of {@link #timeout()} that means "never expires". */
    long FOREVER = Long.MAX_VALUE;

    /** Value of {@link #maxEntries()} that means "use the configured default" ({@link MemoizeConfig#maxEntries()}). */
    long DEFAULT_MAX_ENTRIES = -1L;

    /** Value of {@link #maxEntries()} that means "no bound": the cache grows until its entries expire. */
    long UNBOUNDED = Long.MAX_VALUE;

    /**
     * How long a result stays memoized, counted from the moment it is written, in {@link #unit()}.
     * {@code 0} means never memoized (the body runs every time); {@link #FOREVER} means no expiry;
     * {@link #DEFAULT_TIMEOUT} means the configured default.
     *
     * @return the timeout, in {@link #unit()}
     */
    @Nonbinding
    long timeout() default DEFAULT_TIMEOUT;

    /** {@return the unit of {@link #timeout()}: an exact unit or {@code DAYS}} */
    @Nonbinding
    ChronoUnit unit() default ChronoUnit.SECONDS;

    /**
     * How many results of this function the cache keeps at most (a positive number); beyond it the provider
     * evicts, and an evicted result is computed again on the next call. {@link #DEFAULT_MAX_ENTRIES} means the
     * configured default ({@link MemoizeConfig#maxEntries()}, 10,000 out of the box); {@link #UNBOUNDED} means no
     * bound. Applied when the library creates the function's cache (on Caffeine and Hazelcast); a cache configured
     * elsewhere keeps its own bound. Methods sharing one {@link #name()} must agree.
     *
     * @return the bound of the function's cache, in entries
     */
    @Nonbinding
    long maxEntries() default DEFAULT_MAX_ENTRIES;

    /**
     * The function's name, used in keys and by {@link Memoizer}. Default: the bean class's binary name, a dot and
     * the method name, for example {@code com.acme.Users.hasMembership}. A method inherited by several bean classes
     * (a generic DAO base class, a type-level {@code @Memoize} on two subclasses) is one function per bean class,
     * named after the bean class ({@code com.acme.UserDao.find}, {@code com.acme.OrderDao.find}), so their results
     * are never shared; give the method an explicit name to share them on purpose. Must be empty on a type.
     *
     * @return the function's name, or empty for the default one
     */
    @Nonbinding
    String name() default "";

    /**
     * The strategy that turns arguments into key parts: a CDI bean of that class, or else an instance made with
     * its public no-argument constructor. {@code KeyStrategy.class} (the default) means the application's
     * {@link KeyStrategy} bean.
     *
     * @return the key strategy's class
     */
    @Nonbinding
    Class<? extends KeyStrategy> keyStrategy() default KeyStrategy.class;

    /**
     * A condition that bypasses memoization for one call when it returns {@code true}: the body runs and its
     * result is neither read from nor written to the cache. Resolved like {@link #keyStrategy()};
     * {@code Unless.class} (the default) means never bypass.
     *
     * @return the condition's class
     */
    @Nonbinding
    Class<? extends Unless> unless() default Unless.class;

    /**
     * Whether concurrent callers of one cold key on every member of a distributed cache run the body once
     * (within one JVM they always do). The first caller claims the key in the cache; the others wait for its
     * result. A claim whose holder died is taken over after {@link MemoizeConfig#singleFlightTimeout()}.
     * Costs a cache write and a delete per computation; off by default.
     *
     * @return whether single flight spans the cluster
     */
    @Nonbinding
    boolean clusterSingleFlight() default false;
}
