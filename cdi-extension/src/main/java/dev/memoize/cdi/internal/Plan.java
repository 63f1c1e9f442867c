package dev.memoize.cdi.internal;

import dev.memoize.Unless;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Everything a call of one memoized method on one bean class needs, resolved once at deployment: its function,
 * its key writer and target rule, its bypass condition and its result type. Immutable but for its once-per-method
 * warnings. Also matches delete and programmatic arguments to the method's parameters.
 */
final class Plan {

    private final Method method;
    private final Class<?> beanClass;
    private final String display;
    private final FunctionState function;
    private final KeyWriter keys;
    private final KeyWriter.TargetRule targetRule;
    private final Unless unless;
    private final Class<?>[] parameters;
    private final Class<?> resultType;
    private final Class<?> optionalContent;
    private final String resultTypeName;
    private final boolean primitiveResult;
    private final boolean async;
    private final ClassLoader loader;
    private final boolean clusterSingleFlight;
    private final AtomicBoolean warnedUnkeyable = new AtomicBoolean();
    private final AtomicBoolean warnedKeyFailure = new AtomicBoolean();
    private final AtomicBoolean warnedNotSerializable = new AtomicBoolean();
    private final AtomicBoolean warnedUnreadable = new AtomicBoolean();
    private volatile boolean sharesStages = true;

    /** The plan of a programmatic function: any arguments and results, targets as the strategy says. */
    Plan(FunctionState function, KeyWriter keys, ClassLoader loader) {
        this.method = null;
        this.beanClass = null;
        this.display = function.name();
        this.function = function;
        this.keys = keys;
        this.targetRule = KeyWriter.TargetRule.ASK;
        this.unless = null;
        this.parameters = null;
        this.resultType = Object.class;
        this.optionalContent = null;
        this.resultTypeName = "any type";
        this.primitiveResult = false;
        this.async = false;
        this.loader = loader;
        this.clusterSingleFlight = false;
    }

    /** The plan of an {@code @Memoize} method on one bean class. */
    Plan(MethodSpec spec, FunctionState function, KeyWriter keys, Unless unless) {
        this.method = spec.method();
        this.beanClass = spec.beanClass();
        this.display = spec.display();
        this.function = function;
        this.keys = keys;
        this.targetRule = spec.singleInstance() ? KeyWriter.TargetRule.NONE : keys.targetRuleFor(beanClass);
        this.unless = unless;
        this.parameters = method.getParameterTypes();
        Class<?> returned = ResultTypes.of(beanClass, method);
        this.async = ResultShapes.isStage(returned);
        this.resultType = async ? ResultTypes.stageContent(beanClass, method) : box(returned);
        this.optionalContent = async ? ResultTypes.stageOptionalContent(beanClass, method)
                : ResultTypes.optionalContent(beanClass, method);
        this.resultTypeName = ResultTypes.describe(beanClass, method);
        this.primitiveResult = !async && returned.isPrimitive();
        this.loader = beanClass.getClassLoader();
        this.clusterSingleFlight = spec.clusterSingleFlight();
    }

    /** The overload signature part of keys: {@code (java.lang.String,long)}. */
    static String signature(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }

    /** The method, or {@code null} for a programmatic function. */
    Method method() {
        return method;
    }

    /** The bean class, or {@code null} for a programmatic function. */
    Class<?> beanClass() {
        return beanClass;
    }

    /** The method as people write it, on its bean class, or the function's name for a programmatic function. */
    String display() {
        return display;
    }

    /** The parameter list as people write it, for messages: {@code (Person, long)}. */
    String parameterList() {
        return parameters == null ? "(...)" : Arrays.stream(parameters).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    FunctionState function() {
        return function;
    }

    /**
     * Whether the method returns a {@code CompletionStage} (or {@code CompletableFuture}): it is memoized by the
     * value the stage completes with, and {@link #fits} checks that value.
     */
    boolean async() {
        return async;
    }

    /**
     * Whether callers of an {@link #async} method join a running stage of their key: until one of its values could
     * not be copied for other callers, after which each caller runs its own body (a joined caller could then only
     * get its value by running the method again after its own call returned, outside the caller's contexts).
     */
    boolean sharesStages() {
        return sharesStages;
    }

    /** Callers of this method no longer join running stages: see {@link #sharesStages()}. */
    void stopSharingStages() {
        sharesStages = false;
    }

    /** Whether callers on every member share one computation of a cold key. */
    boolean clusterSingleFlight() {
        return clusterSingleFlight;
    }

    /** Whether intercepted calls key the target instance, so that a delete by arguments alone cannot name them. */
    boolean targetKeyed() {
        return method != null && targetRule != KeyWriter.TargetRule.NONE;
    }

    /** Whether this call runs unmemoized by design (timeout 0 or the method's {@link Unless}). */
    boolean bypass(Object[] args) {
        return !function.memoizes() || unless != null && unless.test(method, args);
    }

    /**
     * The key of an intercepted call, or {@code null} (after one warning per method) if the target or an argument
     * has no stable key.
     *
     * @throws RuntimeException whatever the strategy or an argument's {@code toString()} throws
     */
    Object key(Object target, Object[] args) {
        return keys.lookupKey(targetRule, target, args, this::warnUnkeyable);
    }

    /**
     * Refuses a programmatic call without a target of a method whose keys include the target.
     *
     * @throws IllegalArgumentException if the method's keys include the target and the caller gave none
     */
    void requireTargetIfKeyed(Object target) {
        if (method != null && target == null && targetRule != KeyWriter.TargetRule.NONE) {
            throw new IllegalArgumentException("Memoizer.function(\"" + function.name() + "\").call: the results of "
                    + display + " are keyed by their target instance too (the bean can have several instances and "
                    + "its class overrides toString(), or its KeyStrategy keys targets), so a call without one would "
                    + "be memoized where no call of the method looks. Fix: use callOn(target, body, args...).");
        }
    }

    /**
     * The key of a programmatic call: for an {@code @Memoize} method, as its intercepted calls are keyed (the
     * target the caller gave takes part only where the method's keys include targets); for a programmatic
     * function, with the target as its strategy keys it.
     */
    Object programmaticKey(Object target, Object[] args) {
        if (method == null) {
            return keys.lookupKey(target == null ? KeyWriter.TargetRule.NONE : KeyWriter.TargetRule.ASK, target, args,
                    this::warnUnkeyable);
        }
        return keys.lookupKey(targetRule, target, args, this::warnUnkeyable);
    }

    /**
     * The key a delete names, without a target.
     *
     * @param unkeyable told an argument without a stable key
     */
    Object deleteKey(Object[] args, KeyWriter.Unkeyable unkeyable) {
        return keys.lookupKey(KeyWriter.TargetRule.NONE, null, args, unkeyable);
    }

    /**
     * Whether a value may be returned by this method (for an {@link #async} method, whether its stage may complete
     * with it): a stored value of another type is a miss. The raw class is checked, and an {@code Optional}'s
     * content, which the library stores itself; other type arguments are not.
     */
    boolean fits(Object result) {
        if (result == null) {
            return !primitiveResult;
        }
        if (!resultType.isInstance(result)) {
            return false;
        }
        return optionalContent == null || !(result instanceof java.util.Optional<?> optional) || optional.isEmpty()
                || optionalContent.isInstance(optional.get());
    }

    /** The result type on this bean class, for messages. */
    String resultTypeName() {
        return resultTypeName;
    }

    private void warnUnkeyable(int index, Object value) {
        if (warnedUnkeyable.compareAndSet(false, true)) {
            Log.unkeyableArgument(display, index, value.getClass());
        }
    }

    /** Logs, once per method, that building a key threw (the call runs unmemoized). */
    void warnKeyFailure(Throwable failure) {
        if (warnedKeyFailure.compareAndSet(false, true)) {
            Log.keyFailure(display, failure);
        }
    }

    /** Logs, once per method, that a result could be neither shared nor copied, so it is not memoized. */
    void warnUncopyable(Class<?> type, java.util.function.Supplier<Throwable> cause) {
        warnUncopyable(type, cause, false);
    }

    /** As {@link #warnUncopyable(Class, java.util.function.Supplier)}, for a cache that stores results as bytes. */
    void warnUncopyable(Class<?> type, java.util.function.Supplier<Throwable> cause, boolean cacheSerializes) {
        if (warnedNotSerializable.compareAndSet(false, true)) {
            Log.uncopyable(display, type, cause.get(), cacheSerializes);
        }
    }

    /** Logs, once per method, that a result was a pending computation, which is never memoized. */
    void warnPending(Class<?> type) {
        if (warnedNotSerializable.compareAndSet(false, true)) {
            Log.pendingResult(display, type);
        }
    }

    /** Logs, once per method, that a stored result could not be deserialized (it is recomputed). */
    void warnUnreadable(Exception cause) {
        if (warnedUnreadable.compareAndSet(false, true)) {
            Log.unreadable(display, cause);
        }
    }

    /** The class loader that resolves this method's results: its bean class's, or the deployment's for programmatic functions. */
    ClassLoader classLoader() {
        return loader;
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

    @Override
    public String toString() {
        return "Plan[" + display + "]";
    }
}
