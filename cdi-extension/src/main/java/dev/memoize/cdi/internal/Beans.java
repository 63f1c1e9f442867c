package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.UnsatisfiedResolutionException;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Prioritized;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;

/** Looks up the application's beans, or makes plain instances of classes that are not beans. */
final class Beans {

    private final BeanManager beanManager;

    Beans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /**
     * The BeanManager of a bean's own bean archive, where the alternatives its beans.xml selects are in force.
     * Weld (Weld SE, WildFly, Payara, Open Liberty) tells it; for other containers, {@code null}.
     */
    static BeanManager archiveOf(Bean<?> bean) {
        try {
            return bean.getClass().getMethod("getBeanManager").invoke(bean) instanceof BeanManager manager ? manager : null;
        } catch (ReflectiveOperationException | RuntimeException notWeld) {
            return null;
        }
    }

    /**
     * The default {@link KeyStrategy}: an enabled alternative if there is one, else {@link DefaultKeyStrategy}.
     * Other KeyStrategy beans (a class a method names in {@code @Memoize(keyStrategy = ...)}, discovered in an
     * archive with discovery mode {@code all}) do not replace the default.
     */
    KeyStrategy defaultKeyStrategy() {
        Bean<?> chosen = defaultKeyStrategyBean();
        if (chosen == null) {
            return get(KeyStrategy.class);
        }
        return (KeyStrategy) beanManager.getReference(chosen, KeyStrategy.class, beanManager.createCreationalContext(chosen));
    }

    /**
     * The bean {@link #defaultKeyStrategy()} uses, or {@code null} if there is none.
     *
     * @throws AmbiguousResolutionException if several alternatives are enabled with the same priority
     */
    Bean<?> defaultKeyStrategyBean() {
        Set<Bean<?>> candidates = beanManager.getBeans(KeyStrategy.class);
        try {
            Bean<?> chosen = beanManager.resolve(candidates);
            refuseTiedAlternatives(chosen, candidates);
            return chosen;
        } catch (AmbiguousResolutionException ambiguous) {
            if (candidates.stream().anyMatch(Bean::isAlternative)) {
                throw ambiguous;
            }
            return candidates.stream().filter(bean -> bean.getBeanClass() == DefaultKeyStrategy.class).findFirst()
                    .orElseThrow(() -> ambiguous);
        }
    }

    /**
     * CDI 4.0 section 2.8.1: alternatives enabled with the same highest priority are ambiguous. Weld says so;
     * OpenWebBeans picks one, which would key calls by whichever it happened to pick.
     */
    private static void refuseTiedAlternatives(Bean<?> chosen, Set<Bean<?>> candidates) {
        Integer priority = chosen == null || !chosen.isAlternative() ? null : priorityOf(chosen);
        if (priority == null) {
            return;
        }
        List<String> tied = candidates.stream()
                .filter(bean -> bean.isAlternative() && priority.equals(priorityOf(bean)))
                .map(bean -> bean.getBeanClass().getName()).sorted().toList();
        if (tied.size() > 1) {
            throw new AmbiguousResolutionException("KeyStrategy alternatives " + tied + " are enabled with the same "
                    + "priority " + priority + ".");
        }
    }

    /** The priority of a synthetic or class bean; {@code null} for a producer, whose priority is its method's. */
    private static Integer priorityOf(Bean<?> bean) {
        if (bean instanceof Prioritized prioritized) {
            return prioritized.getPriority();
        }
        if (!KeyStrategy.class.isAssignableFrom(bean.getBeanClass())) {
            return null; // a producer's: the container resolves it, and says itself if it is ambiguous
        }
        Priority priority = bean.getBeanClass().getAnnotation(Priority.class);
        return priority == null ? null : priority.value();
    }

    /**
     * The application's bean of that type. Resolved through the {@link BeanManager} alone, never through
     * {@code BeanManager.createInstance()}: OpenWebBeans SE answers that from {@code CDI.current()}, which it finds
     * by the calling thread's context class loader, so a first call on a pool thread would find no container.
     *
     * @throws jakarta.enterprise.inject.UnsatisfiedResolutionException if there is no such bean
     * @throws AmbiguousResolutionException if there are several
     */
    <T> T get(Class<T> type) {
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(type));
        if (bean == null) {
            throw new UnsatisfiedResolutionException("No bean of type " + type.getName() + " is enabled.");
        }
        return reference(bean, type);
    }

    /**
     * The application's bean of that type, or {@code null} if there is none (or several, none of them chosen).
     */
    <T> T optional(Class<T> type) {
        Bean<?> bean;
        try {
            bean = beanManager.resolve(beanManager.getBeans(type));
        } catch (AmbiguousResolutionException notOne) {
            return null;
        }
        return bean == null ? null : reference(bean, type);
    }

    /**
     * What a plain {@code @Inject T} (no qualifier, no other annotation) would get, or {@code null} if there is
     * no such bean (or several, none of them chosen). Unlike {@link #optional(Class)}, a {@code @Dependent} producer
     * of it is given an {@link jakarta.enterprise.inject.spi.InjectionPoint} ({@link PlainInjectionPoint}): some
     * (MicroProfile Metrics' {@code MetricRegistry}) read it to tell which instance is asked for.
     */
    <T> T injected(Class<T> type) {
        Bean<?> bean;
        try {
            bean = beanManager.resolve(beanManager.getBeans(type));
        } catch (AmbiguousResolutionException notOne) {
            return null;
        }
        if (bean == null) {
            return null;
        }
        return type.cast(beanManager.getInjectableReference(new PlainInjectionPoint(type),
                beanManager.createCreationalContext(bean)));
    }

    private <T> T reference(Bean<?> bean, Class<T> type) {
        return type.cast(beanManager.getReference(bean, type, beanManager.createCreationalContext(bean)));
    }

    /** The bean of that class if there is one, else an instance made with its public no-argument constructor. */
    <T> T beanOrNew(Class<T> type) {
        Bean<?> bean;
        try {
            bean = beanManager.resolve(beanManager.getBeans(type));
        } catch (AmbiguousResolutionException notOne) {
            bean = null;
        }
        if (bean != null) {
            return reference(bean, type);
        }
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e, e);
        }
    }

    /** Whether the class is public, concrete and has a public no-argument constructor. */
    static boolean canConstruct(Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            return false;
        }
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }
}
