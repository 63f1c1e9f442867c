package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.Unless;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Everything a call of one memoized method needs, resolved once: its function, key prefix, key strategy and
 * bypass condition. Also matches delete arguments to the method's parameters.
 */
final class MethodPlan {

    private final Method method;
    private final String display;
    private final FunctionState function;
    private final String keyPrefix;
    private final KeyStrategy strategy;
    private final Unless unless;
    private final Class<?>[] parameters;
    private final ClassLoader loader;
    private final boolean clusterSingleFlight;
    private final AtomicBoolean warnedUnkeyable = new AtomicBoolean();
    private final AtomicBoolean warnedNotSerializable = new AtomicBoolean();
    private final AtomicBoolean warnedUnreadable = new AtomicBoolean();

    /** The plan of a programmatic function: any arguments, keyed by the application's strategy. */
    MethodPlan(FunctionState function, KeyStrategy strategy) {
        this.method = null;
        this.display = function.name();
        this.function = function;
        this.parameters = null;
        this.loader = null;
        this.clusterSingleFlight = false;
        this.keyPrefix = function.keyPrefix();
        this.strategy = strategy;
        this.unless = null;
    }

    MethodPlan(MethodSpec spec, FunctionState function, boolean overloaded, KeyStrategy strategy, Unless unless) {
        this.method = spec.method();
        this.display = spec.display();
        this.function = function;
        this.parameters = method.getParameterTypes();
        this.loader = method.getDeclaringClass().getClassLoader();
        this.clusterSingleFlight = spec.clusterSingleFlight();
        this.keyPrefix = overloaded ? function.keyPrefix() + Keys.escape(signature(parameters)) : function.keyPrefix();
        this.strategy = strategy;
        this.unless = unless;
    }

    private static String signature(Class<?>[] parameters) {
        return Arrays.stream(parameters).map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }

    /** The method, or {@code null} for a programmatic function. */
    Method method() {
        return method;
    }

    /** The parameter list as people write it, for messages: {@code (Person, long)}. */
    String parameterList() {
        return parameters == null ? "(...)" : Arrays.stream(parameters).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
    FunctionState function() {
        return function;
    }

    /** The prefix of this method's keys, for deletes that build keys without a call. */
    String keyPrefixForDeletes() {
        return keyPrefix;
    }

    /** Whether callers on every member share one computation of a cold key. */
    boolean clusterSingleFlight() {
        return clusterSingleFlight;
    }

    KeyStrategy strategy() {
        return strategy;
    }

    /** Whether this call runs unmemoized by design (timeout 0 or the method's {@link Unless}). */
    boolean bypass(Object[] args) {
        return !function.memoizes() || unless != null && unless.test(method, args);
    }

    /** The key of a call, or {@code null} (after one warning per method) if an argument has no stable key. */
    String key(Keys keys, Object target, Object[] args) {
        return keys.key(keyPrefix, strategy, target, args, this::warnUnkeyable);
    }

    private void warnUnkeyable(int index, Object value) {
        if (warnedUnkeyable.compareAndSet(false, true)) {
            Log.unkeyableArgument(display, index, value.getClass());
        }
    }

    /** Logs, once per method, that a result could not be stored because it is not serializable. */
    void warnNotSerializable(Class<?> type) {
        if (warnedNotSerializable.compareAndSet(false, true)) {
            Log.notSerializable(display, type);
        }
    }

    /** Logs, once per method, that a stored result could not be deserialized (it is recomputed). */
    void warnUnreadable(Exception cause) {
        if (warnedUnreadable.compareAndSet(false, true)) {
            Log.unreadable(display, cause);
        }
    }

    /** The class loader that resolves this method's results: its class's, or the caller's for programmatic functions. */
    ClassLoader classLoader() {
        return loader != null ? loader : Thread.currentThread().getContextClassLoader();
    }

    /**
     * The arguments as this method would receive them, or {@code null} if they do not fit its parameters.
     * Trailing arguments of a varargs method are gathered into its array, as the compiler would.
     */
    Object[] fit(Object[] args) {
        if (parameters == null || fitsExactly(args)) {
            return args;
        }
        int fixed = parameters.length - 1;
        if (!method.isVarArgs() || args.length < fixed) {
            return null;
        }
        Class<?> component = parameters[fixed].getComponentType();
        Object varargs = Array.newInstance(component, args.length - fixed);
        for (int i = fixed; i < args.length; i++) {
            if (!accepts(component, args[i])) {
                return null;
            }
            Array.set(varargs, i - fixed, args[i]);
        }
        Object[] gathered = Arrays.copyOf(args, parameters.length);
        gathered[fixed] = varargs;
        return fitsExactly(gathered) ? gathered : null;
    }

    private boolean fitsExactly(Object[] args) {
        if (args.length != parameters.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!accepts(parameters[i], args[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(Class<?> parameter, Object arg) {
        if (arg == null) {
            return !parameter.isPrimitive();
        }
        return box(parameter).isInstance(arg);
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "char" -> Character.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Void.class;
        };
    }
}
