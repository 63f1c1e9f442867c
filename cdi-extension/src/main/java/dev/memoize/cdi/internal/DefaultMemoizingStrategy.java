package dev.memoize.cdi.internal;

import dev.memoize.spi.MemoizingStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;

/** The built-in {@link MemoizingStrategy}: the library's memoization protocol. */
@ApplicationScoped
public class DefaultMemoizingStrategy implements MemoizingStrategy {

    private final Memoization memoization;

    /** For the container's client proxy only. */
    protected DefaultMemoizingStrategy() {
        this.memoization = null;
    }

    @Inject
    DefaultMemoizingStrategy(Memoization memoization) {
        this.memoization = memoization;
    }

    @Override
    public Object execute(InvocationContext invocation) throws Exception {
        return memoization.invoke(invocation);
    }
}
