package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Frames key parts into one key: {@code prefix|this=target|arg1|arg2}. Each part has {@code \} and {@code |}
 * escaped, so parts can never run into each other whatever the strategy returns. A key longer than the limit
 * is replaced by the function's name and the SHA-256 digest of the whole key.
 */
final class Keys {

    private final int maxLength;

    Keys(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * The key of a call, or {@code null} if an argument has no stable key.
     *
     * @param prefix the escaped function name (and overload signature)
     * @param strategy makes the parts
     * @param target the target instance, or {@code null} for none
     * @param args the arguments
     * @param unkeyable told the index of an argument that has no stable key, or {@link Unkeyable#TARGET}
     */
    String key(String prefix, KeyStrategy strategy, Object target, Object[] args, Unkeyable unkeyable) {
        StringBuilder key = new StringBuilder(prefix.length() + 16 * (args.length + 1)).append(prefix);
        DefaultKeyStrategy direct = strategy instanceof DefaultKeyStrategy builtIn ? builtIn : null;
        if (target != null && (direct == null || !direct.ignoresTargetsOf(target.getClass()))) {
            String part = strategy.targetPart(target);
            if (part != null) {
                appendEscaped(key.append("|this="), part);
            } else if (direct != null) {
                // The default strategy keys this class's targets, but not this one (an entity without an id):
                // leaving it out would make every such target share one result.
                unkeyable.argument(Unkeyable.TARGET, target);
                return null;
            }
        }
        for (int i = 0; i < args.length; i++) {
            key.append('|');
            if (direct != null) {
                int start = key.length();
                if (!direct.appendKeyPart(key, args[i])) {
                    unkeyable.argument(i, args[i]);
                    return null;
                }
                escapeInPlace(key, start);
                continue;
            }
            String part = strategy.keyPart(args[i]);
            if (part == null) {
                unkeyable.argument(i, args[i]);
                return null;
            }
            appendEscaped(key, part);
        }
        return key.length() <= maxLength ? key.toString() : digest(prefix, key);
    }

    /** Told which argument could not be keyed. */
    @FunctionalInterface
    interface Unkeyable {

        /** The index given for the target instance. */
        int TARGET = -1;

        void argument(int index, Object value);
    }

    static String escape(String part) {
        return appendEscaped(new StringBuilder(part.length() + 4), part).toString();
    }

    private static StringBuilder appendEscaped(StringBuilder key, String part) {
        if (part.indexOf('|') < 0 && part.indexOf('\\') < 0) {
            return key.append(part);
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '|' || c == '\\') {
                key.append('\\');
            }
            key.append(c);
        }
        return key;
    }

    /** Escapes what was appended since {@code start}, as {@link #appendEscaped} would have. */
    private static void escapeInPlace(StringBuilder key, int start) {
        for (int i = start; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '|' || c == '\\') {
                String part = key.substring(start);
                key.setLength(start);
                appendEscaped(key, part);
                return;
            }
        }
    }

    private static String digest(String prefix, CharSequence key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            String name = prefix.length() <= 120 ? prefix : prefix.substring(0, 120);
            return name + "|~sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
