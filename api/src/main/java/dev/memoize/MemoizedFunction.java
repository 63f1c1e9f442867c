package dev.memoize;

import java.util.function.Supplier;

/**
 * One memoized function, for code that is not an intercepted bean method. Calls share keys, timeouts and
 * deletions with the {@link Memoize @Memoize} method of the same name, if there is one. A body that calls the same
 * function with the same arguments on its own thread runs that inner call at once: a computation never waits for
 * itself.
 */
public interface MemoizedFunction {

    /** {@return the function's name} */
    String name();

    /**
     * Returns the memoized result for these arguments, running {@code body} on a miss.
     *
     * @param body computes the result; its exceptions propagate and are never memoized
     * @param args the arguments that key the result (for an {@code @Memoize} method: its parameters, in order)
     * @param <R> the result type
     * @return the result
     * @throws IllegalArgumentException if these arguments fit none of the function's methods, or if {@code body}
     *         returned a value that the function's {@code @Memoize} method could not return (it is not stored)
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
     * @throws IllegalArgumentException for the reasons {@link #call(Supplier, Object...)} gives
     */
    <R> R callOn(Object target, Supplier<? extends R> body, Object... args);
}
