package dev.memoize;

/**
 * Turns one argument, or the target instance, into a part of a memoization key.
 *
 * <p>Contract: a part is a deterministic function of the value's content, the same in every JVM, across
 * restarts and on every cluster member; it never rests on identity hash codes or default {@code hashCode()}.
 * Two values that must not share a memoized result must get different parts (the default strategy types its
 * parts, so that {@code "1"}, {@code 1}, {@code 1L} and {@code 1.0} differ). The library frames the parts, so a
 * strategy need not escape separators.
 *
 * <p>The default strategy is a singleton CDI bean ({@code dev.memoize.cdi.DefaultKeyStrategy}); replace it with an {@code @Alternative @Priority}
 * bean or through {@code <alternatives>} in beans.xml, or name another one per method with
 * {@link Memoize#keyStrategy()}. Implementations must be thread-safe.
 */
public interface KeyStrategy {

    /**
     * Returns the key part of an argument, or {@code null} when the argument has no stable key (its only
     * identity is its memory address): the call then runs unmemoized and a warning names the argument's class.
     *
     * @param argument the argument, possibly {@code null}
     * @return its key part, or {@code null} if it cannot be keyed
     */
    String keyPart(Object argument);

    /**
     * Returns the key part of the target instance, or {@code null} when the target adds nothing to the key
     * (a plain service bean, shared by every instance). The default: the target's {@link #keyPart(Object)}
     * when its class overrides {@code toString()}, otherwise {@code null}. Never asked for a bean the application
     * has once ({@code @ApplicationScoped}, {@code @Singleton}, a stateless or singleton session bean), whose
     * instance has no identity that could change a result. Results of a method whose keys may include the target
     * cannot be deleted by arguments alone ({@link Memoizer#deleteMemoized(String, Object...)} throws).
     *
     * @param target the bean instance the method is called on (never a CDI client proxy)
     * @return its key part, or {@code null} if the target does not take part in the key
     */
    default String targetPart(Object target) {
        return ToStringOwners.ownsToString(target.getClass()) ? keyPart(target) : null;
    }
}
