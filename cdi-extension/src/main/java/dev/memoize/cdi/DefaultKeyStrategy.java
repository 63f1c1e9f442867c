package dev.memoize.cdi;

import dev.memoize.KeyStrategy;
import dev.memoize.MemoizeConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in {@link KeyStrategy}. A part is typed, so values of different types never share a key, and
 * self-delimiting, so nested values never run into each other. The rules, in the order they apply:
 * <ol>
 *   <li>{@code null} → {@code null}</li>
 *   <li>{@code String} → quoted, with {@code \} and {@code "} escaped: {@code "a,b"}</li>
 *   <li>{@code Integer} → {@code 1}; {@code Long} → {@code 1L}; {@code Short} → {@code 1S}; {@code Byte} →
 *       {@code 1B}; {@code Double} → {@code 1.0D}; {@code Float} → {@code 1.0F}; {@code BigInteger} →
 *       {@code 1BI}; {@code BigDecimal} → {@code 1.0BD}; {@code Boolean} → {@code true};
 *       {@code Character} → {@code 'c'}</li>
 *   <li>an enum constant → its class's binary name, a dot, its name: {@code com.acme.Role.ADMIN}</li>
 *   <li>{@code Class} → {@code class com.acme.User}</li>
 *   <li>{@code Optional} → {@code Optional[part]} or {@code Optional.empty}</li>
 *   <li>an array (of any component type, nested too) → {@code [part,part]}, by content</li>
 *   <li>a {@code List} → {@code List[part,part]}; a {@code Set} → {@code Set{part,part}} sorted by part;
 *       another {@code Collection} → {@code Collection[part,part]} in iteration order;
 *       a {@code Map} → {@code Map{key=value,...}} sorted by key part</li>
 *   <li>a JPA entity (or a Hibernate lazy proxy of one, which is not loaded) → its root entity's name and its
 *       id: {@code Person#42}, {@code Tag#"java"}, composite ids by attribute name {@code OrderLine#(line=1,order=7)};
 *       an entity without an id yet has no key. Off with {@link MemoizeConfig#entityKeys()}.</li>
 *   <li>any other object whose class overrides {@code toString()} (records, {@code UUID}, {@code java.time}
 *       types, ...) → its class's binary name and its quoted {@code toString()}:
 *       {@code com.acme.Money"12 EUR"}</li>
 *   <li>anything else has no stable key: {@code null} (the call runs unmemoized with a warning)</li>
 * </ol>
 * The target instance takes part in the key when it is an entity or its class (not a container-generated subclass)
 * overrides {@code toString()}.
 */
@Singleton
public final class DefaultKeyStrategy implements KeyStrategy {

    private final EntityKeys entityKeys;

    private final ClassValue<Boolean> ownsToString = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return userClass(type).getMethod("toString").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException impossible) {
                return false;
            }
        }
    };

    @Override
    public String keyPart(Object argument) {
        StringBuilder part = new StringBuilder(24);
        return append(part, argument) ? part.toString() : null;
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
        return append(key, argument);
    }

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
        return ownsToString.get(target.getClass()) || entityKeys != null && entityKeys.isEntity(target)
                ? keyPart(target) : null;
    }

    private boolean append(StringBuilder part, Object value) {
        if (value == null) {
            part.append("null");
        } else if (value instanceof String string) {
            quote(part, string, '"');
        } else if (value instanceof Integer number) {
            part.append(number.intValue());
        } else if (value instanceof Long number) {
            part.append(number.longValue()).append('L');
        } else if (value instanceof Boolean) {
            part.append(value);
        } else if (value instanceof Double) {
            part.append(value).append('D');
        } else if (value instanceof Float) {
            part.append(value).append('F');
        } else if (value instanceof Short) {
            part.append(value).append('S');
        } else if (value instanceof Byte) {
            part.append(value).append('B');
        } else if (value instanceof Character character) {
            quote(part, character.toString(), '\'');
        } else if (value instanceof BigInteger) {
            part.append(value).append("BI");
        } else if (value instanceof BigDecimal) {
            part.append(value).append("BD");
        } else if (value instanceof Enum<?> constant) {
            part.append(constant.getDeclaringClass().getName()).append('.').append(constant.name());
        } else if (value instanceof Class<?> type) {
            part.append("class ").append(type.getName());
        } else if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                part.append("Optional.empty");
            } else {
                return append(part.append("Optional["), optional.get()) && close(part, ']');
            }
        } else if (value.getClass().isArray()) {
            return appendArray(part, value);
        } else if (value instanceof List<?> list) {
            return appendAll(part.append("List["), list) && close(part, ']');
        } else if (value instanceof Set<?> set) {
            return appendSorted(part.append("Set{"), set) && close(part, '}');
        } else if (value instanceof Collection<?> collection) {
            return appendAll(part.append("Collection["), collection) && close(part, ']');
        } else if (value instanceof Map<?, ?> map) {
            return appendMap(part.append("Map{"), map) && close(part, '}');
        } else if (entityKeys != null && entityKeys.isEntity(value)) {
            String entity = entityKeys.key(value, this::keyPart);
            if (entity == null) {
                return false;
            }
            part.append(entity);
        } else if (ownsToString.get(value.getClass())) {
            quote(part.append(userClass(value.getClass()).getName()), value.toString(), '"');
        } else {
            return false;
        }
        return true;
    }

    private static boolean close(StringBuilder part, char bracket) {
        part.append(bracket);
        return true;
    }

    private boolean appendArray(StringBuilder part, Object array) {
        part.append('[');
        int length = Array.getLength(array);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                part.append(',');
            }
            if (!append(part, Array.get(array, i))) {
                return false;
            }
        }
        part.append(']');
        return true;
    }

    private boolean appendAll(StringBuilder part, Collection<?> values) {
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                part.append(',');
            }
            first = false;
            if (!append(part, value)) {
                return false;
            }
        }
        return true;
    }

    private boolean appendSorted(StringBuilder part, Collection<?> values) {
        List<String> parts = new ArrayList<>(values.size());
        for (Object value : values) {
            String element = keyPart(value);
            if (element == null) {
                return false;
            }
            parts.add(element);
        }
        parts.sort(null);
        part.append(String.join(",", parts));
        return true;
    }

    private boolean appendMap(StringBuilder part, Map<?, ?> map) {
        List<String> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = keyPart(entry.getKey());
            String value = keyPart(entry.getValue());
            if (key == null || value == null) {
                return false;
            }
            entries.add(key + "=" + value);
        }
        entries.sort(null);
        part.append(String.join(",", entries));
        return true;
    }

    private static void quote(StringBuilder part, String text, char quote) {
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
