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
 * What the deployment declares for one memoized method of one bean class, read once from its {@link Memoize}
 * annotation. A method inherited by two bean classes has two specs.
 *
 * @param method the Java method (possibly declared by a superclass of the bean class)
 * @param beanClass the bean class it was found on
 * @param name the function's name
 * @param explicitName whether the name was given with {@link Memoize#name()} (else it is the bean class's)
 * @param timeout the entry lifetime; {@code null} for the configured default, {@link #FOREVER} for no expiry
 * @param maxEntries the most results the function's cache keeps; {@code null} for the configured default,
 *                   {@link Memoize#UNBOUNDED} for no bound
 * @param keyStrategy the strategy class, {@code KeyStrategy.class} for the application's bean
 * @param unless the condition class, {@code Unless.class} for none
 * @param clusterSingleFlight whether callers on every member share one computation
 * @param archive the BeanManager of the bean's own bean archive, where its beans.xml alternatives are selected;
 *                {@code null} if the container does not tell (then the library's archive decides)
 * @param singleInstance whether the application has one interchangeable instance of the bean
 *                       ({@code @ApplicationScoped}, {@code @Singleton}, a stateless or singleton session bean):
 *                       then the target never takes part in keys
 */
record MethodSpec(Method method, Class<?> beanClass, String name, boolean explicitName, Duration timeout, Long maxEntries,
                  Class<? extends KeyStrategy> keyStrategy, Class<? extends Unless> unless, boolean clusterSingleFlight,
                  BeanManager archive, boolean singleInstance) {

    /** Marks a timeout of {@link Memoize#FOREVER}. */
    static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

    /** The default function name of a method on a bean class: {@code com.acme.UserDao.find}. */
    static String defaultName(Class<?> beanClass, Method method) {
        return beanClass.getName() + "." + method.getName();
    }

    /** The method as people write it, on its bean class: {@code com.acme.UserDao.find(long) (declared in com.acme.Dao)}. */
    String display() {
        return display(beanClass, method);
    }

    static String display(Class<?> beanClass, Method method) {
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
        String inherited = method.getDeclaringClass() == beanClass ? ""
                : " (declared in " + method.getDeclaringClass().getName() + ")";
        return beanClass.getName() + "." + method.getName() + parameters + inherited;
    }
}
