package dev.memoize.benchmarks;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@Noop
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 190)
public class NoopInterceptor {

    @AroundInvoke
    Object proceed(InvocationContext invocation) throws Exception {
        return invocation.proceed();
    }
}
