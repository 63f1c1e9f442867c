package dev.memoize.cdi.internal;

import dev.memoize.spi.MemoizingStrategy;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;

import java.io.Serial;
import java.io.Serializable;

/**
 * The built-in {@link MemoizingStrategy}: the library's memoization protocol. Dependent (one per interceptor
 * instance, no client proxy on the hit path) and serializable for passivating beans: after deserialization it
 * finds the application's runtime again.
 */
@Dependent
public class DefaultMemoizingStrategy implements MemoizingStrategy, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient Memoization memoization;

    /** For the container's proxies only. */
    protected DefaultMemoizingStrategy() {
    }

    @Inject
    DefaultMemoizingStrategy(Memoization memoization) {
        this.memoization = memoization;
    }

    @Override
    public Object execute(InvocationContext invocation) throws Exception {
        Memoization current = memoization;
        if (current == null) {
            current = CDI.current().select(Memoization.class).get();
            memoization = current;
        }
        return current.invoke(invocation);
    }
}
