package dev.memoize.cdi.internal;

import dev.memoize.Memoize;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-function overrides of {@link Memoize} members from the deployment's {@link Settings}, in the style of
 * MicroProfile Fault Tolerance: {@code <class>/<method>/Memoize/<member>}, then {@code <class>/Memoize/<member>},
 * then {@code Memoize/<member>}; the most specific key that has a value wins, whether the annotation sits on the
 * method or on the class. {@code <class>} is the bean class's binary name (functions are per bean class); for an
 * inherited method, the declaring class's name is accepted too, after the bean class's at the same level.
 * {@code <method>} is the method's name: it covers all its overloads.
 *
 * <p>Members: {@code enabled} ({@code false}: never memoized, as {@code timeout = 0}), {@code timeout} (a whole
 * number in the method's unit, {@code 0} for never memoized, {@value Long#MAX_VALUE} for no expiry),
 * {@code unit} (a {@link ChronoUnit} name) and {@code maxEntries} (a positive whole number). A malformed value is a
 * definition error that names the key and the fix; so is a key naming a member {@code Memoize} lacks. A key that
 * names a class or method with no memoized function is logged as a warning: the same configuration may serve
 * other deployments.
 */
final class FunctionOverrides {

    /** The annotation's name in keys. */
    static final String ANNOTATION = Memoize.class.getSimpleName();

    /** The members that can be overridden, in the order keys are checked against. */
    static final List<String> MEMBERS = List.of("enabled", "timeout", "unit", "maxEntries");

    private final Settings settings;
    private final Collection<String> problems;
    private final Set<String> reported = new HashSet<>();

    /**
     * @param settings where the keys are read
     * @param problems where definition errors are added (messages that name the key and the fix)
     */
    FunctionOverrides(Settings settings, Collection<String> problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /** The spec of one method with its overrides applied, and the keys that changed it. */
    record Applied(MethodSpec spec, List<String> keys) {

        /** For messages: {@code " (set by a/b/Memoize/timeout = 5)"}, or nothing. */
        String describe() {
            return keys.isEmpty() ? "" : " (set by " + String.join(", ", keys) + ")";
        }
    }

    /**
     * Applies the overrides of one method.
     *
     * @param spec the method's spec as its annotation declares it
     * @param memoize the annotation that applies to it (on the method, or on its class)
     */
    Applied apply(MethodSpec spec, Memoize memoize) {
        List<String> used = new ArrayList<>();
        ChronoUnit unit = memoize.unit();
        Found unitKey = find(spec, "unit");
        if (unitKey != null) {
            unit = unit(unitKey);
            used.add(unitKey.describe());
        }
        Duration timeout = spec.timeout();
        Found timeoutKey = find(spec, "timeout");
        if (timeoutKey != null && Duration.ZERO.equals(spec.timeout()) && !timeoutKey.methodLevel()) {
            // A method its author marked never to be memoized (timeout = 0, perhaps because its result must always
            // be fresh) is memoized only by a key that names it: not by a class-wide or global timeout.
            timeoutKey = null;
        }
        if (timeoutKey != null) {
            timeout = timeout(timeoutKey, unit);
            used.add(timeoutKey.describe());
        } else if (unitKey != null && timeout != null && !timeout.equals(MethodSpec.FOREVER)) {
            timeout = inUnit(memoize.timeout(), unit, unitKey);
        }
        Long maxEntries = spec.maxEntries();
        Found boundKey = find(spec, "maxEntries");
        if (boundKey != null) {
            maxEntries = maxEntries(boundKey);
            used.add(boundKey.describe());
        }
        Found enabledKey = find(spec, "enabled");
        if (enabledKey != null) {
            if (!enabled(enabledKey)) {
                timeout = Duration.ZERO;
            }
            used.add(enabledKey.describe());
        }
        if (used.isEmpty()) {
            return new Applied(spec, List.of());
        }
        MethodSpec overridden = new MethodSpec(spec.method(), spec.beanClass(), spec.name(), spec.explicitName(),
                timeout, maxEntries, spec.keyStrategy(), spec.unless(), spec.clusterSingleFlight(), spec.archive(),
                spec.singleInstance());
        return new Applied(overridden, List.copyOf(used));
    }

    /**
     * Checks every key of the form {@code .../Memoize/<member>}: an unknown member is a definition error; a class
     * or method without a memoized function is warned about.
     *
     * @param specs every memoized method of the deployment
     */
    void checkKeys(Collection<MethodSpec> specs) {
        Set<String> classes = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        for (MethodSpec spec : specs) {
            for (Class<?> type : List.of(spec.beanClass(), spec.method().getDeclaringClass())) {
                classes.add(type.getName());
                methods.add(type.getName() + "/" + spec.method().getName());
            }
        }
        Set<String> unmatched = new LinkedHashSet<>();
        for (String key : new TreeSet<>(settings.names())) {
            String[] parts = key.split("/", -1);
            if (parts.length < 2 || parts.length > 4) {
                continue;
            }
            String annotation = parts[parts.length - 2];
            if (!annotation.equals(ANNOTATION)) {
                if (annotation.equalsIgnoreCase(ANNOTATION) || annotation.equalsIgnoreCase("Memoise")) {
                    unmatched.add(key + ": the annotation is spelled \"" + ANNOTATION + "\", exactly; this key is "
                            + "ignored. Fix: " + key.substring(0, key.length() - annotation.length()
                            - parts[parts.length - 1].length() - 1) + ANNOTATION + "/" + parts[parts.length - 1] + ".");
                }
                continue;
            }
            String member = parts[parts.length - 1];
            if (!MEMBERS.contains(member)) {
                problems.add(settings.describe(key) + ": @" + ANNOTATION + " has no member \"" + member
                        + "\" that configuration can set. Fix: use one of " + String.join(", ", MEMBERS)
                        + " (perhaps " + key.substring(0, key.length() - member.length())
                        + Suggestions.closest(member, MEMBERS).get(0) + ").");
                continue;
            }
            if (parts.length == 3 && !classes.contains(parts[0])) {
                unmatched.add(key + ": no memoized method in class " + parts[0] + ". "
                        + Suggestions.describe(parts[0], classes));
            } else if (parts.length == 4 && !methods.contains(parts[0] + "/" + parts[1])) {
                unmatched.add(key + ": no memoized method " + parts[1] + " in class " + parts[0] + ". "
                        + Suggestions.describe(parts[0] + "/" + parts[1], methods));
            }
        }
        if (!unmatched.isEmpty()) {
            Log.unmatchedOverrides(settings.toString(), List.copyOf(unmatched));
        }
    }

    /** A key that has a value. */
    private record Found(String key, String value, String described) {

        String describe() {
            return key + " = " + value;
        }

        /** Whether the key names a method ({@code <class>/<method>/Memoize/<member>}). */
        boolean methodLevel() {
            return key.split("/", -1).length == 4;
        }
    }

    /** The most specific key of {@code member} that has a value for this method, or {@code null}. */
    private Found find(MethodSpec spec, String member) {
        String suffix = "/" + ANNOTATION + "/" + member;
        String method = spec.method().getName();
        String bean = spec.beanClass().getName();
        String declaring = spec.method().getDeclaringClass().getName();
        List<String> keys = new ArrayList<>(List.of(bean + "/" + method + suffix, declaring + "/" + method + suffix,
                bean + suffix, declaring + suffix, ANNOTATION + "/" + member));
        for (String key : new LinkedHashSet<>(keys)) {
            String value = settings.value(key);
            if (value != null) {
                return new Found(key, value, settings.describe(key));
            }
        }
        return null;
    }

    /** Reports a malformed value once per key, however many methods it applies to. */
    private void malformed(Found found, String problem, String fix) {
        if (reported.add(found.key())) {
            problems.add(found.described() + " " + problem + ". Fix: " + fix);
        }
    }

    private ChronoUnit unit(Found found) {
        try {
            ChronoUnit unit = ChronoUnit.valueOf(found.value().toUpperCase(Locale.ROOT));
            if ((!unit.isDurationEstimated() || unit == ChronoUnit.DAYS) && unit != ChronoUnit.FOREVER) {
                return unit;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        malformed(found, "is not an exact time unit", "give a java.time.temporal.ChronoUnit of fixed "
                + "length: NANOS, MICROS, MILLIS, SECONDS, MINUTES, HOURS, HALF_DAYS or DAYS.");
        return ChronoUnit.SECONDS;
    }

    private Duration timeout(Found found, ChronoUnit unit) {
        long amount;
        try {
            amount = Long.parseLong(found.value());
        } catch (NumberFormatException notANumber) {
            amount = -1;
        }
        if (amount < 0) {
            malformed(found, "is not a timeout", "give a whole number of " + unit.name() + " (the method's unit), "
                    + "0 to never memoize, or " + Memoize.FOREVER + " (Memoize.FOREVER) for no expiry; to turn "
                    + "memoization off, .../" + ANNOTATION + "/enabled=false also works.");
            return Duration.ZERO;
        }
        return amount == Memoize.FOREVER ? MethodSpec.FOREVER : inUnit(amount, unit, found);
    }

    private Duration inUnit(long amount, ChronoUnit unit, Found found) {
        try {
            Duration timeout = Duration.of(amount, unit);
            timeout.toMillis(); // entries are timed in milliseconds
            return timeout;
        } catch (DateTimeException | ArithmeticException tooLong) {
            malformed(found, "makes a timeout of " + amount + " " + unit.name() + ", which is too long ("
                    + tooLong.getMessage() + ")", "give a shorter timeout, or " + Memoize.FOREVER
                    + " (Memoize.FOREVER) for no expiry.");
            return Duration.ZERO;
        }
    }

    private Long maxEntries(Found found) {
        try {
            long bound = Long.parseLong(found.value());
            if (bound > 0) {
                return bound;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        malformed(found, "is not a positive whole number", "give the most results the function's cache "
                + "keeps, such as 1000, or " + Memoize.UNBOUNDED + " (Memoize.UNBOUNDED) for no bound; to never "
                + "memoize, use .../" + ANNOTATION + "/enabled=false.");
        return null;
    }

    private boolean enabled(Found found) {
        if (found.value().equalsIgnoreCase("true") || found.value().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(found.value());
        }
        malformed(found, "is neither true nor false", "give false to never memoize the function (its "
                + "body runs on every call), or true.");
        return true;
    }
}
