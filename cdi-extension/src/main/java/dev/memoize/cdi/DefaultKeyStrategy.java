package dev.memoize.cdi;

import dev.memoize.KeyStrategy;
import dev.memoize.MemoizeConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.PriorityBlockingQueue;

/**
 * The built-in {@link KeyStrategy}. A part is typed, so values of different types never share a key, and
 * self-delimiting, so nested values never run into each other; it never rests on an identity hash code, the default
 * time zone or the default locale. The rules, in the order they apply (the first that matches decides):
 * <ol>
 *   <li>{@code null} → {@code null}</li>
 *   <li>{@code String} → quoted, with {@code \} and {@code "} escaped: {@code "a,b"}</li>
 *   <li>{@code Integer} → {@code 1}; {@code Long} → {@code 1L}; {@code Short} → {@code 1S}; {@code Byte} →
 *       {@code 1B}; {@code Double} → {@code 1.0D}; {@code Float} → {@code 1.0F}; {@code Boolean} → {@code true};
 *       {@code Character} → {@code 'c'}; {@code BigInteger} → {@code 1BI}; {@code BigDecimal} → {@code 1.0BD}.
 *       As {@code equals()} decides: {@code -0.0D} and {@code 0.0D} differ, every NaN is {@code NaND},
 *       {@code 1.0BD} and {@code 1.00BD} differ. A subclass of {@code BigInteger} or {@code BigDecimal} has no key.</li>
 *   <li>an enum constant → its enum's binary name, a dot, its name: {@code com.acme.Role.ADMIN} (also for a
 *       constant with a body)</li>
 *   <li>{@code Class} → {@code class com.acme.User}, {@code class int[]}; a hidden class (a lambda's), and any
 *       instance of one, has no key</li>
 *   <li>{@code Optional} → {@code Optional[part]} or {@code Optional.empty}</li>
 *   <li>an array → its type and its elements: {@code int[]{1,2}}, {@code java.lang.Integer[]{1}},
 *       {@code java.lang.Object[]{1,"a"}}, {@code int[][]{int[]{1,2},int[]{}}} (a varargs call keys as the same
 *       call with an explicit array)</li>
 *   <li>a record → its binary name and its components, read through their accessors, each by these rules:
 *       {@code com.acme.Query(terms=java.lang.String[]{"a","b"},limit=10)}. Its {@code toString()} is never
 *       used. A component without a key leaves the record without one.</li>
 *   <li>a JDK value type → its full value, as its {@code equals()} compares it:
 *     <ul>
 *       <li>{@code UUID}, {@code Locale}, {@code Currency}, {@code BitSet}, {@code OptionalInt},
 *           {@code OptionalLong}, {@code OptionalDouble}, {@code URI}, {@code URL} (its external form; its
 *           {@code equals()} and {@code hashCode()}, which resolve host names, are never called),
 *           {@code java.io.File}, the value types of {@code java.time} ({@code Instant}, {@code LocalDate},
 *           {@code LocalTime}, {@code LocalDateTime}, {@code ZonedDateTime} with its zone, {@code OffsetDateTime},
 *           {@code OffsetTime}, {@code Duration}, {@code Period}, {@code ZoneOffset}, a region {@code ZoneId},
 *           {@code Year}, {@code YearMonth}, {@code MonthDay}), of {@code java.time.chrono} (the dates of the
 *           other calendars, their eras, chronologies, date-times and periods) and {@code ValueRange},
 *           {@code WeekFields} → the class's binary name and its quoted {@code toString()}, which is lossless
 *           for these: {@code java.time.LocalDate"2026-11-25"}, {@code java.util.UUID"123e4567-..."}</li>
 *       <li>{@code java.util.Date}, {@code java.sql.Date}, {@code java.sql.Time} → the class and the instant,
 *           to the millisecond, in UTC: {@code java.util.Date(2026-11-25T10:15:30.500Z)};
 *           {@code java.sql.Timestamp} to the nanosecond: {@code java.sql.Timestamp(2026-11-25T10:15:30.123456789Z)}</li>
 *       <li>a JDK {@code Calendar} ({@code GregorianCalendar}, ...) → its class, instant, zone, leniency and week
 *           rules (and the Gregorian cutover if changed): {@code java.util.GregorianCalendar(2026-11-25T09:00:00Z,
 *           zone=java.util.TimeZone"Europe/Paris",lenient=true,firstDayOfWeek=2,minimalDaysInFirstWeek=4)}</li>
 *       <li>a JDK {@code TimeZone} → {@code java.util.TimeZone"Europe/Paris"} when it equals the JDK's zone of
 *           that id; a {@code SimpleTimeZone} → {@code java.util.SimpleTimeZone} and its quoted (complete)
 *           {@code toString()}; any other (changed by {@code setRawOffset}, {@code setID}) has no key</li>
 *       <li>{@code Pattern} (whose {@code equals()} is identity and whose {@code toString()} omits the flags) →
 *           {@code java.util.regex.Pattern("a+",flags=2)}</li>
 *       <li>{@code InetAddress} → its class and address, never a looked-up name:
 *           {@code java.net.Inet4Address"192.0.2.1"}</li>
 *       <li>{@code Charset} → {@code java.nio.charset.Charset"UTF-8"}; a {@code Path} of the default file
 *           system → {@code java.nio.file.Path"/tmp/a"} (of another file system: no key)</li>
 *     </ul>
 *     Other JDK classes fall through to the rules below; those that none of them matches (the mutable
 *     {@code java.text} formats, {@code DateTimeFormatter}, {@code StringBuilder}, {@code Thread}, ...) have no key.</li>
 *   <li>a {@code List} → {@code List[part,part]} in its order</li>
 *   <li>a {@code Set}: a {@code SortedSet} → {@code SortedSet(comparator)[part,part]} in its order; a set
 *       known to be unordered ({@code HashSet}, {@code Set.of(...)}, {@code ConcurrentHashMap.newKeySet()}, a
 *       {@code HashMap}'s key set, the empty and singleton sets of {@code Collections}) →
 *       {@code Set{part,part}} sorted by part; a set that may compare by identity
 *       ({@code Collections.newSetFromMap(...)} whatever its map, an {@code IdentityHashMap}'s views) has no key; any other
 *       ({@code LinkedHashSet}, {@code EnumSet}, unknown classes) → {@code Set[part,part]} in iteration order</li>
 *   <li>a {@code PriorityQueue} or {@code PriorityBlockingQueue} → {@code PriorityQueue(comparator)[part,part]}
 *       in iteration order; another {@code Collection} → {@code Collection[part,part]} in iteration order</li>
 *   <li>a {@code Map}: a {@code SortedMap} → {@code SortedMap(comparator)[key=value,...]} in its order; a map
 *       known to be unordered ({@code HashMap}, {@code Map.of(...)}, {@code ConcurrentHashMap},
 *       {@code Hashtable}, {@code WeakHashMap}, the empty and singleton maps of {@code Collections}, a
 *       {@code Properties} without defaults beyond its own keys) → {@code Map{key=value,...}} sorted by entry
 *       part; an {@code IdentityHashMap} or a {@code Properties} with further defaults has no key; any other
 *       ({@code LinkedHashMap}, {@code EnumMap}, unknown classes) → {@code Map[key=value,...]} in iteration order.
 *       A comparator is {@code natural} for {@code null}, else its own part by these rules, else, if its class
 *       has no instance fields (and is not hidden), its class name and {@code ()}:
 *       {@code java.lang.String$CaseInsensitiveComparator()}; else the collection has no key.</li>
 *   <li>a JPA entity (or a Hibernate lazy proxy of one, which is not loaded) → its root entity's name and its
 *       id: {@code Person#42}, {@code Tag#"java"}, composite ids by attribute name {@code OrderLine#(line=1,order=7)};
 *       an entity without an id yet has no key. Off with {@link MemoizeConfig#entityKeys()}.</li>
 *   <li>any other JDK class has no key</li>
 *   <li>an object whose class (not a container-generated subclass) declares or inherits a {@code toString()}
 *       of the application (not {@code Object}'s, not a JDK class's) → its class's binary name and its quoted
 *       {@code toString()}: {@code com.acme.Money"12 EUR"}. Unless that text is {@code null} or shows an
 *       identity hash code: then it has no key. A text shows one when it contains {@code @} followed by the
 *       object's own identity hash in hex ({@code "Handle:" + super.toString()}); or that hash, in hex or decimal
 *       and at least four characters long, as a whole word ({@code "Session#" + System.identityHashCode(this)});
 *       or what {@code Object.toString()} prints for any object: a class name's last character (a letter, a digit,
 *       {@code $}, {@code _}, or the {@code ;} of an array name), {@code @}, one to eight lowercase hex digits,
 *       and then neither a letter, digit, {@code $} or {@code _}, nor a {@code .} or {@code -} followed by a
 *       letter or digit. So {@code com.acme.Inner@6d06d69c}, {@code [I@1b2c},
 *       {@code [Ljava.lang.String;@4e427c07} and {@code Foo$$Lambda$14/0x0000000800c03000@5e9f23b4} are
 *       flagged, and e-mail addresses such as {@code john.doe@cafe.com} are not. The rule leans towards flagging
 *       ({@code a@b} is flagged): a false positive costs an unmemoized call, a false negative a wrong result.</li>
 *   <li>anything else has no key</li>
 * </ol>
 * An argument without a key makes the call run unmemoized, with a warning. Values nested deeper than
 * 100 levels (a list that contains itself) have no key either.
 * The target instance takes part in the key when it is an entity or its class takes part by rule 16, and then by
 * the same rules: a target whose {@code toString()} shows an identity hash code makes the call run unmemoized.
 */
@Singleton
public final class DefaultKeyStrategy implements KeyStrategy {

    /** How deep values may nest; deeper ones (a list that contains itself) have no key. */
    private static final int MAX_DEPTH = 100;

    /** Which rule a class falls under, decided once per class. */
    private enum Kind {
        DOUBLE, FLOAT, SHORT, BYTE, CHARACTER, BIG_INTEGER, BIG_DECIMAL, ENUM, CLASS, OPTIONAL, ARRAY, RECORD, JDK_VALUE,
        LIST, SORTED_SET, UNORDERED_SET, ORDERED_SET, PRIORITY_QUEUE, COLLECTION,
        SORTED_MAP, UNORDERED_MAP, PROPERTIES, ORDERED_MAP, ENTITY, TO_STRING, NONE
    }

    /** The rule of one class and what it needs: a name, a record's components, a JDK value's form. */
    private record Shape(Kind kind, String name, List<Component> components, JdkValues.Form form) {

        static final Shape NONE = new Shape(Kind.NONE);

        Shape(Kind kind) {
            this(kind, null, List.of(), null);
        }

        Shape(Kind kind, String name) {
            this(kind, name, List.of(), null);
        }
    }

    /** A record component: its name and its accessor, as {@code (Object) -> Object}. */
    private record Component(String name, MethodHandle accessor) {
    }

    /** Sets whose iteration order is unspecified, so that equal sets may iterate differently: sorted by part. */
    private static final Set<String> UNORDERED_SETS = Set.of("java.util.HashSet", "java.util.HashMap$KeySet",
            "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
            "java.util.concurrent.ConcurrentHashMap$KeySetView",
            "java.util.Collections$EmptySet", "java.util.Collections$SingletonSet");

    /** Maps whose iteration order is unspecified: sorted by entry part. */
    private static final Set<String> UNORDERED_MAPS = Set.of("java.util.HashMap", "java.util.Hashtable",
            "java.util.WeakHashMap", "java.util.concurrent.ConcurrentHashMap",
            "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN",
            "java.util.Collections$EmptyMap", "java.util.Collections$SingletonMap");

    /** Collections whose membership is identity: content says nothing about what they contain. */
    private static final Set<String> IDENTITY_COLLECTIONS = Set.of("java.util.IdentityHashMap",
            "java.util.IdentityHashMap$KeySet", "java.util.IdentityHashMap$Values",
            "java.util.IdentityHashMap$EntrySet", "java.util.Collections$SetFromMap");

    private final EntityKeys entityKeys;

    private final ClassValue<Boolean> ownsToString = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                Class<?> declaring = userClass(type).getMethod("toString").getDeclaringClass();
                return declaring != Object.class && !JdkValues.isJdk(declaring);
            } catch (NoSuchMethodException impossible) {
                return false;
            }
        }
    };

    private final ClassValue<Shape> shapes = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    private final ClassValue<Boolean> stateless = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (type.isHidden()) {
                return false;
            }
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    /** A strategy that keys JPA entities by id (when Jakarta Persistence is present). */
    public DefaultKeyStrategy() {
        this(true);
    }

    /**
     * A strategy that keys JPA entities by id, or, with {@code entityKeys} false, treats them like any other object.
     *
     * @param entityKeys whether to key JPA entities as {@code RootEntityName#id}
     */
    public DefaultKeyStrategy(boolean entityKeys) {
        this.entityKeys = entityKeys ? new EntityKeys() : null;
    }

    @Inject
    DefaultKeyStrategy(MemoizeConfig config) {
        this(config.entityKeys());
    }

    @Override
    public String keyPart(Object argument) {
        return keyPart(argument, 0);
    }

    /**
     * Appends the key part of an argument to {@code key}, as {@link #keyPart(Object)} would return it, saving the
     * copy; the library uses it to build keys.
     *
     * @param key where to append
     * @param argument the argument
     * @return {@code false} (with {@code key} left in an unspecified state) if the argument has no stable key
     */
    public boolean appendKeyPart(StringBuilder key, Object argument) {
        return append(key, argument, 0);
    }

    /**
     * Whether instances of this class never take part in keys as targets (the decision depends on the class only).
     *
     * @param targetClass the class of a target instance
     * @return {@code true} if {@link #targetPart(Object)} returns {@code null} for every instance of it
     */
    public boolean ignoresTargetsOf(Class<?> targetClass) {
        return !ownsToString.get(targetClass) && (entityKeys == null || !entityKeys.isEntityClass(targetClass));
    }

    @Override
    public String targetPart(Object target) {
        return ignoresTargetsOf(target.getClass()) ? null : keyPart(target);
    }

    private String keyPart(Object value, int depth) {
        StringBuilder part = new StringBuilder(24);
        return append(part, value, depth) ? part.toString() : null;
    }

    private boolean append(StringBuilder part, Object value, int depth) {
        // the commonest types first, without a class lookup
        if (value == null) {
            part.append("null");
            return true;
        } else if (value instanceof String string) {
            quote(part, string, '"');
            return true;
        } else if (value instanceof Integer number) {
            part.append(number.intValue());
            return true;
        } else if (value instanceof Long number) {
            part.append(number.longValue()).append('L');
            return true;
        } else if (value instanceof Boolean) {
            part.append(value);
            return true;
        }
        if (depth > MAX_DEPTH) {
            return false;
        }
        Shape shape = shapes.get(value.getClass());
        switch (shape.kind()) {
            case DOUBLE:
                part.append(value).append('D');
                return true;
            case FLOAT:
                part.append(value).append('F');
                return true;
            case SHORT:
                part.append(value).append('S');
                return true;
            case BYTE:
                part.append(value).append('B');
                return true;
            case CHARACTER:
                quote(part, value.toString(), '\'');
                return true;
            case BIG_INTEGER:
                part.append(value).append("BI");
                return true;
            case BIG_DECIMAL:
                part.append(value).append("BD");
                return true;
            case ENUM:
                part.append(((Enum<?>) value).getDeclaringClass().getName()).append('.').append(((Enum<?>) value).name());
                return true;
            case CLASS:
                Class<?> type = (Class<?>) value;
                if (type.isHidden()) {
                    return false; // its name is made up anew by every JVM
                }
                part.append("class ").append(type.getTypeName());
                return true;
            case OPTIONAL:
                Optional<?> optional = (Optional<?>) value;
                if (optional.isEmpty()) {
                    part.append("Optional.empty");
                    return true;
                }
                return append(part.append("Optional["), optional.get(), depth + 1) && close(part, ']');
            case ARRAY:
                return appendArray(part.append(shape.name()).append('{'), value, depth) && close(part, '}');
            case RECORD:
                return appendRecord(part, shape, value, depth);
            case JDK_VALUE:
                return JdkValues.append(part, shape.form(), value);
            case LIST:
                return appendInOrder(part.append("List["), (Collection<?>) value, depth) && close(part, ']');
            case SORTED_SET:
                return appendComparator(part.append("SortedSet("), ((SortedSet<?>) value).comparator(), depth)
                        && appendInOrder(part.append(")["), (Collection<?>) value, depth) && close(part, ']');
            case UNORDERED_SET:
                return appendSorted(part.append("Set{"), (Collection<?>) value, depth) && close(part, '}');
            case ORDERED_SET:
                return appendInOrder(part.append("Set["), (Collection<?>) value, depth) && close(part, ']');
            case PRIORITY_QUEUE:
                Comparator<?> order = value instanceof PriorityQueue<?> queue
                        ? queue.comparator() : ((PriorityBlockingQueue<?>) value).comparator();
                return appendComparator(part.append("PriorityQueue("), order, depth)
                        && appendInOrder(part.append(")["), (Collection<?>) value, depth) && close(part, ']');
            case COLLECTION:
                return appendInOrder(part.append("Collection["), (Collection<?>) value, depth) && close(part, ']');
            case SORTED_MAP:
                return appendComparator(part.append("SortedMap("), ((SortedMap<?, ?>) value).comparator(), depth)
                        && appendEntriesInOrder(part.append(")["), (Map<?, ?>) value, depth) && close(part, ']');
            case PROPERTIES:
                if (hasFurtherDefaults((Properties) value)) {
                    return false;
                }
                return appendEntriesSorted(part.append("Map{"), (Map<?, ?>) value, depth) && close(part, '}');
            case UNORDERED_MAP:
                return appendEntriesSorted(part.append("Map{"), (Map<?, ?>) value, depth) && close(part, '}');
            case ORDERED_MAP:
                return appendEntriesInOrder(part.append("Map["), (Map<?, ?>) value, depth) && close(part, ']');
            case ENTITY:
                String entity = entityKeys.key(value, id -> keyPart(id, depth + 1));
                if (entity == null) {
                    return false;
                }
                part.append(entity);
                return true;
            case TO_STRING:
                String text = value.toString();
                if (text == null || IdentityText.showsIdentity(value, text)) {
                    return false;
                }
                quote(part.append(shape.name()), text, '"');
                return true;
            default:
                return false;
        }
    }

    /** The rule for a class, in the order of the class Javadoc; the five commonest types never get here. */
    private Shape shape(Class<?> type) {
        if (type == Double.class) {
            return new Shape(Kind.DOUBLE);
        } else if (type == Float.class) {
            return new Shape(Kind.FLOAT);
        } else if (type == Short.class) {
            return new Shape(Kind.SHORT);
        } else if (type == Byte.class) {
            return new Shape(Kind.BYTE);
        } else if (type == Character.class) {
            return new Shape(Kind.CHARACTER);
        } else if (type == BigInteger.class) {
            return new Shape(Kind.BIG_INTEGER);
        } else if (type == BigDecimal.class) {
            return new Shape(Kind.BIG_DECIMAL);
        } else if (Enum.class.isAssignableFrom(type)) {
            return new Shape(Kind.ENUM);
        } else if (type == Class.class) {
            return new Shape(Kind.CLASS);
        } else if (type == Optional.class) {
            return new Shape(Kind.OPTIONAL);
        } else if (userClass(type).isHidden()) {
            return Shape.NONE; // a lambda's class: its name is made up anew by every JVM (a hidden proxy is looked through)
        } else if (type.isArray()) {
            return innermostComponent(type).isHidden() ? Shape.NONE : new Shape(Kind.ARRAY, type.getTypeName());
        } else if (type.isRecord()) {
            return recordShape(type);
        }
        JdkValues.Form form = JdkValues.form(type);
        if (form != null) {
            return new Shape(Kind.JDK_VALUE, null, List.of(), form);
        }
        String name = type.getName();
        boolean jdk = JdkValues.isJdk(type);
        if (jdk && IDENTITY_COLLECTIONS.contains(name)) {
            return Shape.NONE;
        } else if (List.class.isAssignableFrom(type)) {
            return new Shape(Kind.LIST);
        } else if (SortedSet.class.isAssignableFrom(type)) {
            return new Shape(Kind.SORTED_SET);
        } else if (Set.class.isAssignableFrom(type)) {
            return new Shape(jdk && UNORDERED_SETS.contains(name) ? Kind.UNORDERED_SET : Kind.ORDERED_SET);
        } else if (type == PriorityQueue.class || type == PriorityBlockingQueue.class) {
            return new Shape(Kind.PRIORITY_QUEUE);
        } else if (Collection.class.isAssignableFrom(type)) {
            return new Shape(Kind.COLLECTION);
        } else if (SortedMap.class.isAssignableFrom(type)) {
            return new Shape(Kind.SORTED_MAP);
        } else if (type == Properties.class) {
            return new Shape(Kind.PROPERTIES);
        } else if (Map.class.isAssignableFrom(type)) {
            return new Shape(jdk && UNORDERED_MAPS.contains(name) ? Kind.UNORDERED_MAP : Kind.ORDERED_MAP);
        } else if (entityKeys != null && entityKeys.isEntityClass(type)) {
            return new Shape(Kind.ENTITY);
        } else if (jdk) {
            return Shape.NONE;
        } else if (ownsToString.get(type)) {
            return new Shape(Kind.TO_STRING, userClass(type).getName());
        }
        return Shape.NONE;
    }

    private static Class<?> innermostComponent(Class<?> array) {
        Class<?> component = array;
        while (component.isArray()) {
            component = component.getComponentType();
        }
        return component;
    }

    /** A record's components, or no key if an accessor cannot be called (a record of a module that is not open). */
    private static Shape recordShape(Class<?> type) {
        List<Component> components = new ArrayList<>();
        MethodType erased = MethodType.methodType(Object.class, Object.class);
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (!accessor.trySetAccessible()) {
                return Shape.NONE;
            }
            try {
                components.add(new Component(component.getName(), MethodHandles.lookup().unreflect(accessor).asType(erased)));
            } catch (IllegalAccessException inaccessible) {
                return Shape.NONE;
            }
        }
        return new Shape(Kind.RECORD, type.getName(), List.copyOf(components), null);
    }

    private boolean appendRecord(StringBuilder part, Shape shape, Object record, int depth) {
        part.append(shape.name()).append('(');
        List<Component> components = shape.components();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            if (i > 0) {
                part.append(',');
            }
            part.append(component.name()).append('=');
            if (!append(part, read(component, record), depth + 1)) {
                return false;
            }
        }
        return close(part, ')');
    }

    /** Calls an accessor; what it throws reaches the caller, like a throwing {@code toString()}. */
    private static Object read(Component component, Object record) {
        try {
            return component.accessor().invokeExact(record);
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Throwable checked) {
            throw new IllegalStateException("The accessor of record component " + component.name() + " failed", checked);
        }
    }

    private boolean appendArray(StringBuilder part, Object array, int depth) {
        if (array instanceof Object[] objects) {
            for (int i = 0; i < objects.length; i++) {
                if (!append(i == 0 ? part : part.append(','), objects[i], depth + 1)) {
                    return false;
                }
            }
        } else if (array instanceof int[] ints) {
            for (int i = 0; i < ints.length; i++) {
                (i == 0 ? part : part.append(',')).append(ints[i]);
            }
        } else if (array instanceof long[] longs) {
            for (int i = 0; i < longs.length; i++) {
                (i == 0 ? part : part.append(',')).append(longs[i]).append('L');
            }
        } else if (array instanceof double[] doubles) {
            for (int i = 0; i < doubles.length; i++) {
                (i == 0 ? part : part.append(',')).append(doubles[i]).append('D');
            }
        } else if (array instanceof float[] floats) {
            for (int i = 0; i < floats.length; i++) {
                (i == 0 ? part : part.append(',')).append(floats[i]).append('F');
            }
        } else if (array instanceof short[] shorts) {
            for (int i = 0; i < shorts.length; i++) {
                (i == 0 ? part : part.append(',')).append(shorts[i]).append('S');
            }
        } else if (array instanceof byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                (i == 0 ? part : part.append(',')).append(bytes[i]).append('B');
            }
        } else if (array instanceof char[] chars) {
            for (int i = 0; i < chars.length; i++) {
                quote(i == 0 ? part : part.append(','), String.valueOf(chars[i]), '\'');
            }
        } else {
            boolean[] booleans = (boolean[]) array;
            for (int i = 0; i < booleans.length; i++) {
                (i == 0 ? part : part.append(',')).append(booleans[i]);
            }
        }
        return true;
    }

    private boolean appendInOrder(StringBuilder part, Collection<?> values, int depth) {
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                part.append(',');
            }
            first = false;
            if (!append(part, value, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean appendSorted(StringBuilder part, Collection<?> values, int depth) {
        List<String> parts = new ArrayList<>(values.size());
        for (Object value : values) {
            String element = keyPart(value, depth + 1);
            if (element == null) {
                return false;
            }
            parts.add(element);
        }
        Collections.sort(parts);
        part.append(String.join(",", parts));
        return true;
    }

    private boolean appendEntriesInOrder(StringBuilder part, Map<?, ?> map, int depth) {
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                part.append(',');
            }
            first = false;
            if (!append(part, entry.getKey(), depth + 1) || !append(part.append('='), entry.getValue(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean appendEntriesSorted(StringBuilder part, Map<?, ?> map, int depth) {
        List<String> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = keyPart(entry.getKey(), depth + 1);
            String value = key == null ? null : keyPart(entry.getValue(), depth + 1);
            if (value == null) {
                return false;
            }
            entries.add(key + "=" + value);
        }
        Collections.sort(entries);
        part.append(String.join(",", entries));
        return true;
    }

    /** {@code natural}, the comparator's own part, or the name of its class when it has no state. */
    private boolean appendComparator(StringBuilder part, Comparator<?> comparator, int depth) {
        if (comparator == null) {
            part.append("natural");
            return true;
        }
        int start = part.length();
        if (append(part, comparator, depth + 1)) {
            return true;
        }
        part.setLength(start);
        if (!stateless.get(comparator.getClass())) {
            return false;
        }
        part.append(comparator.getClass().getName()).append("()");
        return true;
    }

    /**
     * Whether {@code getProperty} or {@code propertyNames} could show defaults that are not among the entries:
     * a name only the defaults have, or a default behind an entry whose value is not a string.
     */
    private static boolean hasFurtherDefaults(Properties properties) {
        List<?> names;
        try {
            names = Collections.list(properties.propertyNames());
        } catch (ClassCastException notAString) {
            return true; // propertyNames() cannot list a key that is not a string; nor can we tell
        }
        for (Object name : names) {
            Object own = properties.get(name);
            if (own == null || !(own instanceof String) && properties.getProperty((String) name) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(StringBuilder part, char bracket) {
        part.append(bracket);
        return true;
    }

    /** Appends {@code text} between two {@code quote} characters, with {@code quote} and {@code \} escaped. */
    static void quote(StringBuilder part, String text, char quote) {
        part.append(quote);
        if (text.indexOf(quote) < 0 && text.indexOf('\\') < 0) {
            part.append(text).append(quote);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                part.append('\\');
            }
            part.append(c);
        }
        part.append(quote);
    }

    /** The application's class behind a container-generated subclass or proxy. */
    private static Class<?> userClass(Class<?> type) {
        Class<?> current = type;
        while (current.getSuperclass() != null && current.getSuperclass() != Object.class && isGenerated(current)) {
            current = current.getSuperclass();
        }
        return current;
    }

    private static boolean isGenerated(Class<?> type) {
        String name = type.getName();
        return type.isSynthetic() || name.contains("$$") || name.contains("$Proxy$") || name.contains("_WeldSubclass");
    }
}
