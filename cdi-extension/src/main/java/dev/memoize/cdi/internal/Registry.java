package dev.memoize.cdi.internal;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every memoized function of the application and its plans: the plans resolved at deployment (one per bean class
 * and method), functions declared later through {@code Memoizer.function(name, timeout)}, and the lookups the
 * {@code Memoizer} needs, with the error messages that name the closest known names.
 */
final class Registry {

    /** The function name reserved for the cache of version records ({@code <prefix>versions}). */
    static final String VERSIONS = "versions";

    /** A plan chosen for a call's arguments, with the arguments as the method receives them. */
    record Fit(Plan plan, Object[] args) {
    }

    private final MethodIndex byMethod;
    private final List<Plan> methodPlans;
    private final Map<String, FunctionState> functions = new ConcurrentHashMap<>();
    private final Map<String, List<Plan>> plansByName = new ConcurrentHashMap<>();

    /**
     * @param plans the plans built at deployment
     */
    Registry(List<Plan> plans) {
        Map<Method, Map<Class<?>, Plan>> grouped = new java.util.HashMap<>();
        Map<String, List<Plan>> named = new java.util.HashMap<>();
        for (Plan plan : plans) {
            grouped.computeIfAbsent(plan.method(), m -> new java.util.HashMap<>()).put(plan.beanClass(), plan);
            named.computeIfAbsent(plan.function().name(), n -> new ArrayList<>()).add(plan);
            functions.put(plan.function().name(), plan.function());
        }
        Map<Method, MethodPlans> indexed = new java.util.HashMap<>();
        grouped.forEach((method, byClass) -> indexed.put(method, new MethodPlans(byClass)));
        named.forEach((name, list) -> plansByName.put(name, List.copyOf(list)));
        this.byMethod = new MethodIndex(indexed);
        this.methodPlans = List.copyOf(plans);
    }

    /** The plan of an intercepted method on a target of that class, or {@code null} if it is not memoized. */
    Plan plan(Method method, Class<?> targetClass) {
        MethodPlans plans = byMethod.get(method);
        return plans == null ? null : plans.forTarget(targetClass);
    }

    /** The function of that name, or {@code null}. */
    FunctionState find(String name) {
        return functions.get(name);
    }

    /** Every function: those of the deployment and the declared ones. */
    java.util.Collection<FunctionState> functions() {
        return functions.values();
    }

    int size() {
        return functions.size();
    }

    /** The plans of methods whose keys include the target instance. */
    List<Plan> targetKeyed() {
        return methodPlans.stream().filter(Plan::targetKeyed).toList();
    }

    /** The function of that name; {@code IllegalArgumentException} naming the closest known names otherwise. */
    FunctionState require(String name) {
        Objects.requireNonNull(name, "name");
        FunctionState function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("No memoized function is named \"" + name + "\". "
                    + Suggestions.describe(name, functions.keySet()));
        }
        return function;
    }

    /** The plans of a known function (its overloads and bean classes); {@code IllegalArgumentException} for an unknown name. */
    List<Plan> plans(String name) {
        require(name);
        return plansByName.get(name);
    }

    /**
     * The plans of the memoized methods of that name that {@code beanClass} names: those of every bean class at or
     * below it (itself, a subclass bean that may serve its callers, the bean classes below an abstract base or a
     * business interface); else that of the bean class above it (the class of a proxy or subclass).
     * {@code IllegalArgumentException} if none.
     */
    List<Plan> methods(Class<?> beanClass, String methodName) {
        Objects.requireNonNull(beanClass, "beanClass");
        List<Plan> named = methodPlans.stream().filter(plan -> plan.method().getName().equals(methodName)).toList();
        // Every bean class at or below it: a subclass bean (an @Alternative, @Specializes or qualified subclass) may
        // serve the callers of this class, so deleting less would leave them a result the delete should have dropped.
        List<Plan> matching = named.stream().filter(plan -> beanClass.isAssignableFrom(plan.beanClass())).toList();
        if (matching.isEmpty()) {
            matching = named.stream().filter(plan -> plan.beanClass().isAssignableFrom(beanClass)).toList();
        }
        if (matching.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            methodPlans.forEach(plan -> known.add(plan.beanClass().getSimpleName() + "." + plan.method().getName()));
            throw new IllegalArgumentException(beanClass.getName() + " has no memoized method named \"" + methodName
                    + "\". " + Suggestions.describe(beanClass.getSimpleName() + "." + methodName, known));
        }
        return matching;
    }

    /**
     * The plans that a method reference {@code receiver::method} names: those of the bean classes that
     * {@code receiver} names (as in {@link #methods(Class, String)}) where a call of {@code method} runs a memoized
     * method, which is {@code method} itself, its override, or its implementation. Another overload never.
     * {@code IllegalArgumentException} if none.
     *
     * @param receiver the type the reference names the method on
     * @param method the method the reference names, as declared (maybe by a supertype or an interface)
     * @param described the reference with its parameters, for messages: {@code UserDao::find (Long)}
     */
    List<Plan> methods(Class<?> receiver, Method method, String described) {
        List<Plan> running = methodPlans.stream()
                .filter(plan -> plan.method() != null && runs(plan.beanClass(), plan.method(), method)).toList();
        List<Plan> matching = running.stream().filter(plan -> receiver.isAssignableFrom(plan.beanClass())).toList();
        if (matching.isEmpty()) {
            matching = running.stream().filter(plan -> plan.beanClass().isAssignableFrom(receiver)).toList();
        }
        if (matching.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            methodPlans.forEach(plan -> known.add(plan.beanClass().getSimpleName() + "::" + plan.method().getName()));
            throw new IllegalArgumentException("deleteMemoized(" + described + "): no bean class "
                    + (receiver.isInterface() || java.lang.reflect.Modifier.isAbstract(receiver.getModifiers())
                    ? "below " : "") + receiver.getName() + " memoizes this method, so it has no results to delete. "
                    + "Fix: reference a memoized method, or put @Memoize on it. "
                    + Suggestions.describe(receiver.getSimpleName() + "::" + method.getName(), known));
        }
        return matching;
    }

    /**
     * Whether a call of {@code referenced} on an instance of {@code beanClass} runs {@code invoked}: the same
     * method, an override or implementation with the same parameter types, or one the compiler reaches through a
     * bridge method (a generic base's {@code find(Object)} overridden by {@code find(Long)}).
     */
    private static boolean runs(Class<?> beanClass, Method invoked, Method referenced) {
        if (!invoked.getName().equals(referenced.getName())
                || !referenced.getDeclaringClass().isAssignableFrom(beanClass)
                || invoked.getParameterCount() != referenced.getParameterCount()) {
            return false;
        }
        Class<?>[] declared = referenced.getParameterTypes();
        if (java.util.Arrays.equals(invoked.getParameterTypes(), declared)) {
            return true;
        }
        Class<?>[] overriding = invoked.getParameterTypes();
        for (int i = 0; i < declared.length; i++) {
            if (!declared[i].isAssignableFrom(overriding[i])) {
                return false;
            }
        }
        for (Method bridge : invoked.getDeclaringClass().getDeclaredMethods()) {
            if (bridge.isBridge() && bridge.getName().equals(referenced.getName())
                    && java.util.Arrays.equals(bridge.getParameterTypes(), declared)) {
                return true;
            }
        }
        return false;
    }

    /** Declares a programmatic function, or returns the existing one if its timeout agrees. */
    void declare(String name, Duration timeout, Function<Duration, FunctionState> create,
                 Function<FunctionState, Plan> plan) {
        Objects.requireNonNull(name, "name");
        Duration wanted = timeout == null ? MethodSpec.FOREVER : timeout;
        if (name.equals(VERSIONS) || name.startsWith("#")) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\", ...): \"versions\" and names "
                    + "starting with # are reserved for the library's records. Choose another name.");
        }
        if (wanted.isNegative()) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\", " + timeout
                    + "): a timeout cannot be negative. Use a positive duration, zero (never memoized) or null (forever).");
        }
        FunctionState function = functions.computeIfAbsent(name, n -> {
            FunctionState created = create.apply(wanted);
            plansByName.put(n, List.of(plan.apply(created)));
            return created;
        });
        if (!function.timeout().equals(wanted)) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\", " + timeout + "): the function "
                    + "already exists with timeout " + function.timeout() + ". Use the same timeout, or another name.");
        }
    }

    /**
     * The plan of a function that a programmatic call with these arguments (and this target, or none) uses: the
     * method the arguments fit and, where several bean classes share the function through an explicit name, the
     * plan of the target's bean class, which decides whether the target takes part in the key (with no target,
     * a plan whose keys never include one).
     */
    Fit choose(String name, Object target, Object[] args) {
        List<Plan> candidates = plans(name);
        Fit chosen = null;
        for (Plan plan : candidates) {
            Object[] fit = plan.fit(args);
            if (fit == null) {
                continue;
            }
            if (chosen != null && !Objects.equals(chosen.plan().method(), plan.method())) {
                throw new IllegalArgumentException("Memoizer.function(\"" + name + "\").call: the arguments "
                        + describeTypes(args) + " fit several overloads (" + chosen.plan().parameterList() + " and "
                        + plan.parameterList() + "). Give the overloads distinct names with @Memoize(name = ...).");
            }
            if (chosen == null || suitsBetter(plan, chosen.plan(), target)) {
                chosen = new Fit(plan, fit);
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\").call with " + describeTypes(args)
                    + " fits no memoized method: it takes " + parameterLists(candidates) + ".");
        }
        return chosen;
    }

    /** Between two plans of one method: the one of the target's (nearest) bean class; without target, one without targets. */
    private static boolean suitsBetter(Plan plan, Plan current, Object target) {
        if (target == null) {
            return current.targetKeyed() && !plan.targetKeyed();
        }
        Class<?> type = target.getClass();
        return plan.beanClass().isAssignableFrom(type)
                && (!current.beanClass().isAssignableFrom(type) || current.beanClass().isAssignableFrom(plan.beanClass()));
    }

    /** Every plan of the candidates these arguments fit; {@code IllegalArgumentException} if none does. */
    static List<Fit> fitting(List<Plan> candidates, Object[] args, String call) {
        List<Fit> fits = new ArrayList<>();
        for (Plan plan : candidates) {
            Object[] fit = plan.fit(args);
            if (fit != null) {
                fits.add(new Fit(plan, fit));
            }
        }
        if (fits.isEmpty()) {
            throw new IllegalArgumentException(call + " with " + args.length + " argument(s) " + describeTypes(args)
                    + " fits no memoized method: it takes " + parameterLists(candidates)
                    + ". Pass exactly the method's arguments, with their exact types (7L for a long).");
        }
        return fits;
    }

    private static String parameterLists(List<Plan> candidates) {
        return String.join(" or ", candidates.stream().map(Plan::parameterList).distinct().toList());
    }

    private static String describeTypes(Object[] args) {
        List<String> types = new ArrayList<>();
        for (Object arg : args) {
            types.add(arg == null ? "null" : arg.getClass().getSimpleName());
        }
        return "(" + String.join(", ", types) + ")";
    }

    void clear() {
        functions.clear();
        plansByName.clear();
    }
}
