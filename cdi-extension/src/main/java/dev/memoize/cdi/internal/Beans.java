package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
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
            return beanManager.resolve(candidates);
        } catch (AmbiguousResolutionException ambiguous) {
            if (candidates.stream().anyMatch(Bean::isAlternative)) {
                throw ambiguous;
            }
            return candidates.stream().filter(bean -> bean.getBeanClass() == DefaultKeyStrategy.class).findFirst()
                    .orElseThrow(() -> ambiguous);
        }
    }

    /** The application's bean of that type. */
    <T> T get(Class<T> type) {
        return beanManager.createInstance().select(type).get();
    }

    /** The bean of that class if there is one, else an instance made with its public no-argument constructor. */
    <T> T beanOrNew(Class<T> type) {
        Instance<T> instance = beanManager.createInstance().select(type);
        if (instance.isResolvable()) {
            return instance.get();
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
