package dev.memoize.benchmarks;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.List;

/**
 * The floor of issue 6: a key of {@code List.of(method, args...)}, one JCache get, the hit returned without
 * proceeding. No versions, no typed keys, no failure handling, no statistics. The method is named by its name
 * (a {@code Method} is not serializable, and the Hazelcast runs need a serializable key).
 */
@NaiveMemoize
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 190)
public class NaiveInterceptor {

    @Inject
    NaiveCache cache;

    @AroundInvoke
    Object memoize(InvocationContext invocation) throws Exception {
        Object[] args = invocation.getParameters();
        Object[] parts = new Object[args.length + 1];
        parts[0] = invocation.getMethod().getName();
        System.arraycopy(args, 0, parts, 1, args.length);
        List<Object> key = List.of(parts);
        Object hit = cache.cache().get(key);
        if (hit != null) {
            return hit;
        }
        Object result = invocation.proceed();
        cache.cache().put(key, result);
        return result;
    }
}
