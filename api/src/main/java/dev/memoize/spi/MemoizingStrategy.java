package dev.memoize.spi;

import jakarta.interceptor.InvocationContext;

/**
 * What the {@code @Memoize} interceptor does with an invocation. The interceptor only hands over to the
 * application's bean of this type; replace the built-in one with an {@code @Alternative @Priority} bean.
 */
public interface MemoizingStrategy {

    /**
     * Returns the invocation's result, from the cache or by proceeding.
     *
     * @param invocation the intercepted invocation
     * @return the result
     * @throws Exception whatever the method body throws
     */
    Object execute(InvocationContext invocation) throws Exception;
}
