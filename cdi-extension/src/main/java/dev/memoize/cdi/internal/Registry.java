package dev.memoize.cdi.internal;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every memoized function of the application and its methods: the plans resolved at startup, functions declared
 * later through {@code Memoizer.function(name, timeout)}, and the lookups the {@code Memoizer} needs, with the
 * error messages that name the closest known names.
 */
final class Registry {

    /** The function name reserved for the cache of version records ({@code <prefix>versions}). */
    static final String VERSIONS = "versions";

    /** A plan chosen for a call's arguments, with the arguments as the method receives them. */
    record Fit(MethodPlan plan, Object[] args) {
    }

    private final Map<Method, MethodPlan> plans;
    private final Map<String, FunctionState> functions = new ConcurrentHashMap<>();
    private final Map<String, List<MethodPlan>> overloads = new ConcurrentHashMap<>();

    /** @param byName the plans of each function, as built at startup */
    Registry(Map<FunctionState, List<MethodPlan>> byName) {
        Map<Method, MethodPlan> byMethod = new HashMap<>();
        byName.forEach((function, list) -> {
            functions.put(function.name(), function);
            overloads.put(function.name(), List.copyOf(list));
            list.forEach(plan -> byMethod.put(plan.method(), plan));
        });
        this.plans = Map.copyOf(byMethod);
    }

    /** The plan of an intercepted method, or {@code null} if it is not memoized. */
    MethodPlan plan(Method method) {
        return plans.get(method);
    }

    /** The function of that name, or {@code null}. */
    FunctionState find(String name) {
        return functions.get(name);
    }

    int size() {
        return functions.size();
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

    /** The methods of a known function; {@code IllegalArgumentException} for an unknown name. */
    List<MethodPlan> overloads(String name) {
        require(name);
        return overloads.get(name);
    }

    /** The memoized methods of that name that a bean of that class has; {@code IllegalArgumentException} if none. */
    List<MethodPlan> methods(Class<?> beanClass, String methodName) {
        Objects.requireNonNull(beanClass, "beanClass");
        List<MethodPlan> matching = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (MethodPlan plan : plans.values()) {
            Method method = plan.method();
            known.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            if (method.getName().equals(methodName) && method.getDeclaringClass().isAssignableFrom(beanClass)) {
                matching.add(plan);
            }
        }
        if (matching.isEmpty()) {
            throw new IllegalArgumentException(beanClass.getName() + " has no memoized method named \"" + methodName
                    + "\". " + Suggestions.describe(beanClass.getSimpleName() + "." + methodName, known));
        }
        return matching;
    }

    /** Declares a programmatic function, or returns the existing one if its timeout agrees. */
    void declare(String name, Duration timeout, Function<Duration, FunctionState> create,
                 Function<FunctionState, MethodPlan> plan) {
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
            overloads.put(n, List.of(plan.apply(created)));
            return created;
        });
        if (!function.timeout().equals(wanted)) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\", " + timeout + "): the function "
                    + "already exists with timeout " + function.timeout() + ". Use the same timeout, or another name.");
        }
    }

    /** The one method of a function that these arguments fit, for a programmatic call. */
    Fit choose(String name, Object[] args) {
        List<MethodPlan> candidates = overloads(name);
        Fit chosen = null;
        for (MethodPlan plan : candidates) {
            Object[] fit = plan.fit(args);
            if (fit != null) {
                if (chosen != null) {
                    throw new IllegalArgumentException("Memoizer.function(\"" + name + "\").call: the arguments "
                            + describeTypes(args) + " fit several overloads (" + chosen.plan().parameterList() + " and "
                            + plan.parameterList() + "). Give the overloads distinct names with @Memoize(name = ...).");
                }
                chosen = new Fit(plan, fit);
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("Memoizer.function(\"" + name + "\").call with " + describeTypes(args)
                    + " fits no memoized method: it takes " + parameterLists(candidates) + ".");
        }
        return chosen;
    }

    /** Every method of the candidates these arguments fit; {@code IllegalArgumentException} if none does. */
    static List<Fit> fitting(List<MethodPlan> candidates, Object[] args, String call) {
        List<Fit> fits = new ArrayList<>();
        for (MethodPlan plan : candidates) {
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

    private static String parameterLists(List<MethodPlan> candidates) {
        return String.join(" or ", candidates.stream().map(MethodPlan::parameterList).distinct().toList());
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
        overloads.clear();
    }
}
