package dev.memoize;

import java.util.function.Supplier;

/**
 * One memoized function, for code that is not an intercepted bean method. Calls share keys, timeouts and
 * deletions with the {@link Memoize @Memoize} method of the same name, if there is one.
 */
public interface MemoizedFunction {

    /** Returns the function's name. */
    String name();

    /**
     * Returns the memoized result for these arguments, running {@code body} on a miss.
     *
     * @param body computes the result; its exceptions propagate and are never memoized
     * @param args the arguments that key the result (for an {@code @Memoize} method: its parameters, in order)
     * @param <R> the result type
     * @return the result
     * @throws IllegalArgumentException if these arguments fit none of the function's methods
     */
    <R> R call(Supplier<? extends R> body, Object... args);

    /**
     * Like {@link #call(Supplier, Object...)}, with a target instance that takes part in the key when it has an
     * identity of its own (a JPA entity, an object overriding {@code toString()}).
     *
     * @param target the instance the result belongs to
     * @param body computes the result
     * @param args the arguments that key the result
     * @param <R> the result type
     * @return the result
     */
    <R> R callOn(Object target, Supplier<? extends R> body, Object... args);
}
