package dev.memoize.tck.review;

import dev.memoize.tck.support.Runs;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Counts the invocations that reach it and the thread's marker, as an application's auditing interceptor would. */
@ReviewCounted
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReviewCountingInterceptor {

    @Inject
    Runs runs;

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        runs.tick("inner-interceptor:" + invocation.getMethod().getName());
        return invocation.proceed();
    }
}
