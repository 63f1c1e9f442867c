package dev.memoize.tck.config;

import dev.memoize.tck.support.Runs;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Stands in for the transaction interceptor: counts the invocations that reach it. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class AuditInterceptor {

    @Inject
    Runs runs;

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        runs.tick("audit");
        return invocation.proceed();
    }
}
