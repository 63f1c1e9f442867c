package dev.memoize;

import java.lang.reflect.Method;

/**
 * Decides, per call, to bypass memoization (django-memoize's {@code unless}). Named by {@link Memoize#unless()};
 * implementations are CDI beans or classes with a public no-argument constructor, and must be thread-safe.
 */
@FunctionalInterface
public interface Unless {

    /**
     * Returns {@code true} to run this call's body without reading or writing the cache.
     *
     * @param method the memoized method
     * @param arguments the call's arguments (do not modify)
     * @return whether to bypass memoization for this call
     */
    boolean test(Method method, Object[] arguments);
}
