package dev.memoize.cdi.internal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a result passes from the caller that computed it to the callers that reuse it (DESIGN.md, "Values"): shared
 * when it is immutable, copied when it is mutable, so that no caller observes another caller's changes, on every
 * path (a hit, a waiter of a single flight, a distributed cache's local tier, a transaction's pending result).
 *
 * <p>A result is <em>held</em> in one form ({@link #hold}) and <em>handed out</em> to each later caller
 * ({@link #handOut}): an immutable result is held and handed out as itself; a JDK collection or array of immutable
 * elements as a private copy, handed out as a fresh shallow copy; anything else as its serialized bytes, handed
 * out as a fresh deserialized copy. Sharing everything ({@code storeByValue = false}) holds and hands out the
 * result itself.
 */
final class Values {

    /** A held form from which each caller gets its own copy. */
    interface Copy {

        /** A fresh copy, its classes resolved with {@code loader} where it must deserialize. */
        Object fresh(ClassLoader loader) throws IOException, ClassNotFoundException;
    }

    /** Returned by {@link #hold} for a mutable result that can be neither copied nor serialized. */
    static final Object UNCOPYABLE = new Object();

    private final boolean copyMutable;
    private final Immutables immutables;

    /**
     * @param copyMutable whether mutable results are copied (the default) or shared
     * @param immutables tells immutable results
     */
    Values(boolean copyMutable, Immutables immutables) {
        this.copyMutable = copyMutable;
        this.immutables = immutables;
    }

    /** Whether every caller may share {@code result} as it is. */
    boolean shares(Object result) {
        return !copyMutable || immutables.isImmutable(result);
    }

    /**
     * The form in which a result is kept for other callers, made now (before the computing caller can change it):
     * the result itself, or a {@link Copy}, or {@link #UNCOPYABLE}.
     */
    Object hold(Object result) {
        if (shares(result)) {
            return result;
        }
        try {
            Object shallow = ShallowCopy.of(result, immutables);
            if (shallow != null) {
                return shallow;
            }
        } catch (RuntimeException changing) {
            return UNCOPYABLE; // the method's caller changes it while it is copied (ConcurrentModificationException)
        }
        try {
            return Memo.serialized(result);
        } catch (IOException | RuntimeException | StackOverflowError notSerializable) {
            return UNCOPYABLE;
        }
    }

    /** Why {@link #hold} found {@code result} uncopyable: what serializing it throws (for the log). */
    Throwable whyUncopyable(Object result) {
        try {
            Memo.serialized(result);
            return new IllegalStateException("it changed while it was copied");
        } catch (IOException | RuntimeException | StackOverflowError cause) {
            return cause;
        }
    }

    /**
     * The memo that callers served from a read memo (a local tier, the waiters of a flight) take their results
     * from, given the result decoded from it: the result itself if it is immutable, a shallow copy form if one
     * fits (cheaper than deserializing for each caller), else {@code read} (its bytes).
     */
    Memo heldAfterRead(Memo read, Object decoded) {
        Object content = decoded instanceof java.util.Optional<?> optional ? optional.orElse(null) : decoded;
        if (shares(content)) {
            return read.sharing(content);
        }
        try {
            Object shallow = ShallowCopy.of(content, immutables);
            return shallow == null ? read : read.sharing(shallow);
        } catch (RuntimeException changing) {
            return read;
        }
    }

    /** A result for one caller, from a held form. */
    static Object handOut(Object held, ClassLoader loader) throws IOException, ClassNotFoundException {
        return held instanceof Copy copy ? copy.fresh(loader) : held;
    }

    /**
     * A private copy of a JDK collection (of an exact class whose copy constructor keeps its behaviour) or array
     * whose elements are immutable: copied once when held and once for each caller, far cheaper than serialization.
     */
    private record ShallowCopy(Object snapshot) implements Copy {

        static Object of(Object result, Immutables immutables) {
            Object copy = copyOf(result, immutables);
            return copy == null ? null : new ShallowCopy(copy);
        }

        private static Object copyOf(Object value, Immutables immutables) {
            Class<?> type = value.getClass();
            if (type.isArray()) {
                Class<?> component = type.getComponentType();
                if (component.isPrimitive()) {
                    return duplicate(value);
                }
                for (int i = 0, n = Array.getLength(value); i < n; i++) {
                    if (!immutables.isImmutable(Array.get(value, i))) {
                        return null;
                    }
                }
                return duplicate(value);
            }
            if (type == ArrayList.class || type == HashSet.class || type == LinkedHashSet.class
                    || type == ArrayDeque.class || type == TreeSet.class && ((TreeSet<?>) value).comparator() == null) {
                for (Object element : (Collection<?>) value) {
                    if (!immutables.isImmutable(element)) {
                        return null;
                    }
                }
                return duplicate(value);
            }
            if (type == HashMap.class || type == TreeMap.class && ((TreeMap<?, ?>) value).comparator() == null) {
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    if (!immutables.isImmutable(entry.getKey()) || !immutables.isImmutable(entry.getValue())) {
                        return null;
                    }
                }
                return duplicate(value);
            }
            return null;
        }

        /** A copy of the same class holding the same elements. */
        private static Object duplicate(Object value) {
            if (value.getClass().isArray()) {
                int length = Array.getLength(value);
                Object copy = Array.newInstance(value.getClass().getComponentType(), length);
                System.arraycopy(value, 0, copy, 0, length);
                return copy;
            }
            if (value instanceof ArrayList<?> list) {
                return new ArrayList<>(list);
            }
            if (value instanceof LinkedHashSet<?> set) {
                return new LinkedHashSet<>(set);
            }
            if (value instanceof HashSet<?> set) {
                return new HashSet<>(set);
            }
            if (value instanceof ArrayDeque<?> deque) {
                return new ArrayDeque<>(deque);
            }
            if (value instanceof TreeSet<?> set) {
                return new TreeSet<>(set);
            }
            if (value instanceof TreeMap<?, ?> map) {
                return new TreeMap<>(map);
            }
            return new HashMap<>((Map<?, ?>) value);
        }

        @Override
        public Object fresh(ClassLoader loader) {
            return duplicate(snapshot);
        }
    }
}
