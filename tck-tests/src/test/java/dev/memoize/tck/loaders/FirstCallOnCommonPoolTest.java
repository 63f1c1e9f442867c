package dev.memoize.tck.loaders;

import dev.memoize.tck.support.DeploymentLoader;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.TestConfig;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * An application whose classes live in a class loader of their own (as on a server) makes its first memoized call
 * on a {@code ForkJoinPool.commonPool()} thread, whose context class loader is the JVM's, not the deployment's.
 * The cache manager and every by-value copy must still use the deployment's class loader: the next call, on the
 * application's own thread, is a hit that returns the deployment's {@code Report} (before the fix, it failed with
 * {@code ClassCastException: Report (loader 'app') cannot be cast to Report (deployment)}).
 *
 * <p>It boots Weld SE itself: the Arquillian Weld container loads an archive's classes parent-first, from the
 * same class loader as the test, which hides the bug.
 */
class FirstCallOnCommonPoolTest {

    private static final String APPLICATION = "dev.memoize.tck.loaders.deployment";

    @Test
    void aHitOnTheApplicationsThreadAfterAFirstCallOnTheCommonPool() throws Exception {
        ClassLoader deployment = new DeploymentLoader(APPLICATION, getClass().getClassLoader());
        Class<?> reportsClass = deployment.loadClass(APPLICATION + ".Reports");
        Class<?> reportClass = deployment.loadClass(APPLICATION + ".Report");
        assertNotSame(reportClass, Class.forName(APPLICATION + ".Report"), "precondition: the deployment's own Report");

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(deployment);
        try (SeContainer container = SeContainers.withMemoize()
                .addBeanClasses(reportsClass, Runs.class, TestConfig.class).initialize()) {
            Object reports = container.select(reportsClass).get();
            Method report = reportsClass.getMethod("report", String.class);

            assertNotSame(deployment, onCommonPool(() -> Thread.currentThread().getContextClassLoader()),
                    "precondition: a common pool thread has the JVM's context class loader");
            Object first = onCommonPool(() -> call(report, reports, "north"));
            Object second = call(report, reports, "north");

            assertSame(reportClass, first.getClass());
            assertSame(reportClass, second.getClass(), "the deployment's Report, on the application's thread too");
            assertEquals(first, second);
            assertEquals(1, container.select(Runs.class).get().of("report"), "the second call is a hit");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Runs {@code work} on a worker of the common pool. Not {@code supplyAsync(work).join()}: with a parallelism of
     * 1 (2 cores), that starts a thread that inherits the caller's context class loader, or the joining thread
     * runs the task itself.
     */
    private static <T> T onCommonPool(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        ForkJoinPool.commonPool().execute(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static Object call(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new CompletionException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
