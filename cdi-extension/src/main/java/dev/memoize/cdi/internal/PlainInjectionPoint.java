package dev.memoize.cdi.internal;

import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;

import java.lang.annotation.Annotation;
import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * The injection point of a plain {@code @Inject T} with no other annotation, in no bean: what
 * {@link Beans#injected(Class)} hands the container, so that a {@code @Dependent} producer that reads its
 * {@link InjectionPoint} (MicroProfile Metrics implementations read {@code getAnnotated()} for
 * {@code @RegistryScope}) sees the default case instead of {@code null}.
 */
final class PlainInjectionPoint implements InjectionPoint {

    private final Class<?> type;

    PlainInjectionPoint(Class<?> type) {
        this.type = type;
    }

    @Override
    public Type getType() {
        return type;
    }

    @Override
    public Set<Annotation> getQualifiers() {
        return Set.of(Default.Literal.INSTANCE);
    }

    /** {@code null}: the reference is not injected into a bean. */
    @Override
    public Bean<?> getBean() {
        return null;
    }

    /** {@code null}: there is no field, method or constructor. */
    @Override
    public Member getMember() {
        return null;
    }

    @Override
    public Annotated getAnnotated() {
        return new Annotated() {
            @Override
            public Type getBaseType() {
                return type;
            }

            @Override
            public Set<Type> getTypeClosure() {
                return Set.of(type, Object.class);
            }

            @Override
            public <T extends Annotation> T getAnnotation(Class<T> annotationType) {
                return null;
            }

            @Override
            public <T extends Annotation> Set<T> getAnnotations(Class<T> annotationType) {
                return Set.of();
            }

            @Override
            public Set<Annotation> getAnnotations() {
                return Set.of();
            }

            @Override
            public boolean isAnnotationPresent(Class<? extends Annotation> annotationType) {
                return false;
            }
        };
    }

    @Override
    public boolean isDelegate() {
        return false;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
