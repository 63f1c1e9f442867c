package dev.memoize.cdi.internal;

import dev.memoize.FunctionStatistics;
import dev.memoize.MemoizeStatistics;
import dev.memoize.MemoizedFunction;
import dev.memoize.MemoizedMethod;
import dev.memoize.Memoizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link Memoizer} bean. */
@ApplicationScoped
public class MemoizerBean implements Memoizer {

    private final Memoization memoization;

    /** For the container's client proxy only. */
    protected MemoizerBean() {
        this.memoization = null;
    }

    @Inject
    MemoizerBean(Memoization memoization) {
        this.memoization = memoization;
    }

    @Override
    public void deleteMemoized(String name) {
        memoization.deleteAll(name);
    }

    @Override
    public void deleteMemoized(String name, Object... args) {
        memoization.deleteOne(name, args == null ? new Object[] {null} : args);
    }

    @Override
    public void deleteMemoized(Class<?> beanClass, String methodName, Object... args) {
        memoization.deleteByMethod(beanClass, methodName, args == null ? new Object[] {null} : args);
    }

    @Override
    public <T> void deleteMemoized(MemoizedMethod.Of0<T, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A> void deleteMemoized(MemoizedMethod.Of1<T, A, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A, B> void deleteMemoized(MemoizedMethod.Of2<T, A, B, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A, B, C> void deleteMemoized(MemoizedMethod.Of3<T, A, B, C, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A, B, C, D> void deleteMemoized(MemoizedMethod.Of4<T, A, B, C, D, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A, B, C, D, E> void deleteMemoized(MemoizedMethod.Of5<T, A, B, C, D, E, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A, B, C, D, E, F> void deleteMemoized(MemoizedMethod.Of6<T, A, B, C, D, E, F, ?> method) {
        memoization.deleteByReference(method, null);
    }

    @Override
    public <T, A> void deleteMemoized(MemoizedMethod.Of1<T, A, ?> method, A a) {
        memoization.deleteByReference(method, new Object[] {a});
    }

    @Override
    public <T, A, B> void deleteMemoized(MemoizedMethod.Of2<T, A, B, ?> method, A a, B b) {
        memoization.deleteByReference(method, new Object[] {a, b});
    }

    @Override
    public <T, A, B, C> void deleteMemoized(MemoizedMethod.Of3<T, A, B, C, ?> method, A a, B b, C c) {
        memoization.deleteByReference(method, new Object[] {a, b, c});
    }

    @Override
    public <T, A, B, C, D> void deleteMemoized(MemoizedMethod.Of4<T, A, B, C, D, ?> method, A a, B b, C c, D d) {
        memoization.deleteByReference(method, new Object[] {a, b, c, d});
    }

    @Override
    public <T, A, B, C, D, E> void deleteMemoized(MemoizedMethod.Of5<T, A, B, C, D, E, ?> method, A a, B b, C c, D d, E e) {
        memoization.deleteByReference(method, new Object[] {a, b, c, d, e});
    }

    @Override
    public <T, A, B, C, D, E, F> void deleteMemoized(MemoizedMethod.Of6<T, A, B, C, D, E, F, ?> method, A a, B b, C c, D d, E e, F f) {
        memoization.deleteByReference(method, new Object[] {a, b, c, d, e, f});
    }

    @Override
    public void deleteMemoizedVerhash(String name) {
        memoization.deleteVersion(name);
    }

    @Override
    public MemoizedFunction function(String name) {
        memoization.plans(name);
        return new Function(memoization, name);
    }

    @Override
    public MemoizedFunction function(String name, Duration timeout) {
        memoization.declare(name, timeout);
        return new Function(memoization, name);
    }

    @Override
    public MemoizeStatistics statistics() {
        return memoization.statistics();
    }

    @Override
    public FunctionStatistics statistics(String name) {
        return memoization.statistics(name);
    }

    private record Function(Memoization memoization, String name) implements MemoizedFunction {

        @Override
        public <R> R call(Supplier<? extends R> body, Object... args) {
            return memoization.callProgrammatic(name, null, Objects.requireNonNull(body, "body"),
                    args == null ? new Object[] {null} : args);
        }

        @Override
        public <R> R callOn(Object target, Supplier<? extends R> body, Object... args) {
            return memoization.callProgrammatic(name, Objects.requireNonNull(target, "target"),
                    Objects.requireNonNull(body, "body"), args == null ? new Object[] {null} : args);
        }
    }
}
