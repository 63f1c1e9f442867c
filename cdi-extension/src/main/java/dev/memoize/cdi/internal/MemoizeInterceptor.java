package dev.memoize.cdi.internal;

import dev.memoize.Memoize;
import dev.memoize.spi.MemoizingStrategy;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.io.Serial;
import java.io.Serializable;

/**
 * The {@link Memoize} interceptor: hands every invocation to the application's {@link MemoizingStrategy}.
 *
 * <p>Its priority, {@value #PRIORITY} ({@code PLATFORM_BEFORE + 190}), places it after platform interceptors
 * below 190 (security checks) and before the transaction interceptor ({@code PLATFORM_BEFORE + 200}), so a hit
 * starts no transaction and a miss computes inside the transaction it would have had.
 */
@Memoize
@Interceptor
@Priority(MemoizeInterceptor.PRIORITY)
public class MemoizeInterceptor implements Serializable {

    /** The interceptor's priority: {@code Interceptor.Priority.PLATFORM_BEFORE + 190}. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 190;

    @Serial
    private static final long serialVersionUID = 1L;

    private final MemoizingStrategy strategy;

    /** For the container's proxies only. */
    protected MemoizeInterceptor() {
        this.strategy = null;
    }

    @Inject
    public MemoizeInterceptor(MemoizingStrategy strategy) {
        this.strategy = strategy;
    }

    @AroundInvoke
    public Object memoize(InvocationContext invocation) throws Exception {
        return strategy.execute(invocation);
    }
}
