package dev.memoize.cdi.internal;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

/** Looks up the application's beans, or makes plain instances of classes that are not beans. */
final class Beans {

    private final BeanManager beanManager;

    Beans(BeanManager beanManager) {
        this.beanManager = beanManager;
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

    /** Whether {@link #beanOrNew(Class)} can provide an instance of that class. */
    boolean canProvide(Class<?> type) {
        return !beanManager.getBeans(type).isEmpty() || canConstruct(type);
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
