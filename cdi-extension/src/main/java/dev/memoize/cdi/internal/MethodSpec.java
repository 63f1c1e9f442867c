package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.Memoize;
import dev.memoize.Unless;

import jakarta.enterprise.inject.spi.BeanManager;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the deployment declares for one memoized method, read once from its {@link Memoize} annotation.
 *
 * @param method the Java method
 * @param beanClass the bean class it was found on
 * @param name the function's name
 * @param timeout the entry lifetime; {@code null} for the configured default, {@link #FOREVER} for no expiry
 * @param keyStrategy the strategy class, {@code KeyStrategy.class} for the application's bean
 * @param unless the condition class, {@code Unless.class} for none
 * @param clusterSingleFlight whether callers on every member share one computation
 * @param archive the BeanManager of the bean's own bean archive, where its beans.xml alternatives are selected;
 *                {@code null} if the container does not tell (then the library's archive decides)
 */
record MethodSpec(Method method, Class<?> beanClass, String name, Duration timeout,
                  Class<? extends KeyStrategy> keyStrategy, Class<? extends Unless> unless, boolean clusterSingleFlight,
                  BeanManager archive) {

    /** Marks a timeout of {@link Memoize#FOREVER}. */
    static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

    /** Whether both specs memoize the method the same way. */
    boolean sameSettings(MethodSpec other) {
        return name.equals(other.name) && java.util.Objects.equals(timeout, other.timeout)
                && keyStrategy == other.keyStrategy && unless == other.unless
                && clusterSingleFlight == other.clusterSingleFlight;
    }

    /** The method as people write it: {@code com.acme.Users.find(String, long)}. */
    String display() {
        return display(method);
    }

    static String display(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
