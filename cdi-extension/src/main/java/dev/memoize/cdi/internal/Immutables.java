package dev.memoize.cdi.internal;

import dev.memoize.Immutable;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Tells whether a result is deeply immutable, so that every caller may share one instance (DESIGN.md, "Values").
 * Decided on the value, when it is memoized (a record or a {@code List.of(...)} by what it holds now), never from the
 * declared result type alone. Immutable:
 * <ul>
 *   <li>{@code null}, {@code String}, boxed primitives, enums (shared as the singletons they are, whatever their
 *       fields), {@code BigDecimal} and {@code BigInteger} (those
 *       exact classes: a subclass may be mutable), {@code UUID}, {@code Locale}, {@code Currency}, {@code URI},
 *       {@code Pattern}, {@code ZoneId}s, and the {@code java.time} value classes;</li>
 *   <li>{@code Optional}, {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble} of such;</li>
 *   <li>records whose component fields hold such (read from the fields, not through accessors, which may copy);</li>
 *   <li>{@code Map.entry(k, v)} and {@code AbstractMap.SimpleImmutableEntry} of such;</li>
 *   <li>the JDK's unmodifiable collections ({@code List.of}, {@code Set.of}, {@code Map.of}, {@code copyOf},
 *       {@code Stream.toList()}, {@code Collections.emptyList()}, {@code singletonList()} and their kin) of such;
 *       not {@code Collections.unmodifiableList(...)}, a view its creator can still change;</li>
 *   <li>instances of a class annotated {@link Immutable} or named in the configuration.</li>
 * </ul>
 * Thread-safe; the class-level answers are computed once per class.
 */
final class Immutables {

    /** Deeper than this, a value counts as mutable (copied), whatever it holds. */
    private static final int MAX_DEPTH = 32;

    private static final Set<Class<?>> VALUE_CLASSES = Set.of(String.class, Boolean.class, Character.class,
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class,
            BigInteger.class, UUID.class, Locale.class, Currency.class, URI.class, Pattern.class,
            OptionalInt.class, OptionalLong.class, OptionalDouble.class, Class.class);

    /** How a class's instances are judged. */
    private enum Kind { IMMUTABLE, MUTABLE, RECORD, OPTIONAL, UNMODIFIABLE_COLLECTION, UNMODIFIABLE_MAP, ENTRY }

    private final Set<String> declared;
    private final ClassValue<Kind> kinds = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            return kindOf(type);
        }
    };
    /** A record's component fields (what it holds, whatever its accessors return), or {@code null} if unreadable. */
    private final ClassValue<Field[]> components = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            RecordComponent[] declared = type.getRecordComponents();
            Field[] fields = new Field[declared.length];
            try {
                for (int i = 0; i < declared.length; i++) {
                    fields[i] = type.getDeclaredField(declared[i].getName());
                    if (!fields[i].trySetAccessible()) {
                        return null;
                    }
                }
            } catch (NoSuchFieldException | SecurityException unreadable) {
                return null;
            }
            return fields;
        }
    };

    /** @param declared binary names of classes the application declares immutable */
    Immutables(Set<String> declared) {
        this.declared = Set.copyOf(declared);
    }

    /** Whether every caller may share {@code value}: nothing reachable from it can change. */
    boolean isImmutable(Object value) {
        return isImmutable(value, 0);
    }

    private boolean isImmutable(Object value, int depth) {
        if (value == null) {
            return true;
        }
        if (depth > MAX_DEPTH) {
            return false;
        }
        return switch (kinds.get(value.getClass())) {
            case IMMUTABLE -> true;
            case MUTABLE -> false;
            case OPTIONAL -> isImmutable(((Optional<?>) value).orElse(null), depth + 1);
            case RECORD -> componentsImmutable((Record) value, depth);
            case UNMODIFIABLE_COLLECTION -> allImmutable((Collection<?>) value, depth);
            case UNMODIFIABLE_MAP -> allImmutable(((Map<?, ?>) value).keySet(), depth)
                    && allImmutable(((Map<?, ?>) value).values(), depth);
            case ENTRY -> isImmutable(((Map.Entry<?, ?>) value).getKey(), depth + 1)
                    && isImmutable(((Map.Entry<?, ?>) value).getValue(), depth + 1);
        };
    }

    private boolean componentsImmutable(Record value, int depth) {
        Field[] fields = components.get(value.getClass());
        if (fields == null) {
            return false; // a component we cannot read may be anything: copy
        }
        try {
            for (Field field : fields) {
                if (!isImmutable(field.get(value), depth + 1)) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            return false;
        }
    }

    private boolean allImmutable(Collection<?> values, int depth) {
        for (Object element : values) {
            if (!isImmutable(element, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private Kind kindOf(Class<?> type) {
        if (VALUE_CLASSES.contains(type) || type.isEnum() || Enum.class.isAssignableFrom(type)
                || type.isAnnotationPresent(Immutable.class) || declared.contains(type.getName())
                || ZoneId.class.isAssignableFrom(type) || isJavaTimeValue(type)) {
            return Kind.IMMUTABLE;
        }
        if (type == Optional.class) {
            return Kind.OPTIONAL;
        }
        if (type.isRecord()) {
            return Kind.RECORD;
        }
        if (type.getName().equals("java.util.KeyValueHolder")
                || type == java.util.AbstractMap.SimpleImmutableEntry.class) {
            return Kind.ENTRY; // Map.entry(k, v) and the JDK's immutable entry
        }
        String name = type.getName();
        if (name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Empty")
                || name.startsWith("java.util.Collections$Singleton")) {
            if (Map.class.isAssignableFrom(type)) {
                return Kind.UNMODIFIABLE_MAP;
            }
            if (Collection.class.isAssignableFrom(type)) {
                return Kind.UNMODIFIABLE_COLLECTION;
            }
        }
        return Kind.MUTABLE;
    }

    /** The public final value classes of {@code java.time} (dates, times, durations, periods, offsets). */
    private static boolean isJavaTimeValue(Class<?> type) {
        return type.getPackageName().equals("java.time") && java.lang.reflect.Modifier.isFinal(type.getModifiers())
                && (TemporalAccessor.class.isAssignableFrom(type) || type == java.time.Duration.class
                || type == java.time.Period.class) && type != java.time.Clock.class;
    }
}
