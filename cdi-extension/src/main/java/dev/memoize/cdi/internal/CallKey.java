package dev.memoize.cdi.internal;

import java.util.Arrays;

/**
 * The key of a call in a cache local to this JVM, when every argument is a {@code String}, a boxed primitive or
 * {@code null} and the target takes no part: the arguments themselves, compared with {@code equals}, instead of
 * the text of {@link KeyWriter}. For these types two calls' arguments are equal exactly when their key parts are
 * ({@code "1"}, {@code 1}, {@code 1L}, {@code 1.0D} stay apart: their classes differ), so this key equals another
 * exactly when their texts would; it saves writing and hashing the text on every hit. {@link #toString()} is that
 * text, for cache browsers and for a cache that copies its keys (then the text is what it stores). Ordered
 * consistently with {@code equals}, so that a hash map bin of colliding keys stays a tree (as with strings).
 */
final class CallKey implements Comparable<CallKey> {

    private final KeyWriter writer;
    private final String prefix;
    private final Object[] args;
    private final int hash;

    /** @param args a private copy of the arguments, never changed */
    CallKey(KeyWriter writer, String prefix, Object[] args) {
        this.writer = writer;
        this.prefix = prefix;
        this.args = args;
        this.hash = 31 * prefix.hashCode() + Arrays.hashCode(args);
    }

    /** Whether an argument of this value keeps the equivalence: its {@code equals} is its key part's. */
    static boolean isScalar(Object argument) {
        if (argument == null) {
            return true;
        }
        Class<?> type = argument.getClass();
        return type == String.class || type == Long.class || type == Integer.class || type == Boolean.class
                || type == Double.class || type == Float.class || type == Short.class || type == Byte.class
                || type == Character.class;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CallKey key && key.hash == hash && key.prefix.equals(prefix)
                && Arrays.equals(key.args, args);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(CallKey other) {
        int order = prefix.compareTo(other.prefix);
        if (order != 0) {
            return order;
        }
        order = Integer.compare(args.length, other.args.length);
        for (int i = 0; order == 0 && i < args.length; i++) {
            order = compare(args[i], other.args[i]);
        }
        return order;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return left == right ? 0 : left == null ? -1 : 1;
        }
        if (left.getClass() != right.getClass()) {
            return left.getClass().getName().compareTo(right.getClass().getName());
        }
        return ((Comparable) left).compareTo(right); // scalars: String and boxed primitives, consistent with equals
    }

    /** The key's text, as {@link KeyWriter} writes it for the same call. */
    @Override
    public String toString() {
        return writer.text(args);
    }
}
