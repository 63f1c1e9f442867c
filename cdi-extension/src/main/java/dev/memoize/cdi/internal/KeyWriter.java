package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes the keys of one memoized method: chosen once per plan at deployment, with the method's strategy and its
 * function's prefix.
 *
 * <p>A key is {@code prefix|part|part...}. Every part is framed by the library, whatever the strategy returns:
 * {@code \} and {@code |} inside a part are escaped, so parts never run into each other, and each kind of part has
 * a mark no other kind can start with:
 * <ul>
 *   <li>the overload signature, for a name shared by overloads: {@code (java.lang.String,long)};</li>
 *   <li>the target instance: {@code this=} and the strategy's target part;</li>
 *   <li>an argument of the built-in strategy: its typed part ({@code "alice"}, {@code 7L}), which never starts
 *       with {@code (}, {@code =}, {@code ~} or {@code this=};</li>
 *   <li>an argument of any other strategy: {@code =} and the strategy's part, so that a strategy returning
 *       {@code this=alice} or {@code ~sha256:...} cannot forge a target part or a digest.</li>
 * </ul>
 * A key longer than the limit is replaced by the escaped function name (at most 120 characters) and
 * {@code |~sha256:} with the SHA-256 digest of the whole key's UTF-16 code units, a lossless encoding of any
 * {@code char} sequence (unpaired surrogates included), so two different keys never share a digest.
 */
final class KeyWriter {

    /** How the target instance takes part in a key. */
    enum TargetRule {
        /** Never: a bean with one instance, or a class without an identity of its own. */
        NONE,
        /** Always: the strategy's target part, and a call whose target has none runs unmemoized. */
        ALWAYS,
        /** As the strategy says per call; an instance the built-in strategy keys but cannot key now is unkeyable. */
        ASK
    }

    /** The index given to {@link Unkeyable} for the target instance. */
    static final int TARGET = -1;

    private static final int MAX_DIGEST_NAME = 120;

    private final String prefix;
    private final String digestPrefix;
    private final KeyStrategy strategy;
    private final DefaultKeyStrategy builtIn;
    private final int maxLength;
    private final boolean callKeys;

    /**
     * @param name the function's name
     * @param signature the overload signature part ({@code (java.lang.String,long)}), or {@code null}
     * @param strategy makes the parts
     * @param maxLength keys longer than this are digested
     * @param callKeys whether keys may be {@link CallKey}s (a cache local to this JVM), not only text
     */
    KeyWriter(String name, String signature, KeyStrategy strategy, int maxLength) {
        this(name, signature, strategy, maxLength, false);
    }

    KeyWriter(String name, String signature, KeyStrategy strategy, int maxLength, boolean callKeys) {
        this.callKeys = callKeys;
        String escapedName = escape(name);
        this.prefix = signature == null ? escapedName : escapedName + "|" + escape(signature);
        this.digestPrefix = escapedName.length() <= MAX_DIGEST_NAME ? escapedName
                : escapedName.substring(0, MAX_DIGEST_NAME);
        this.strategy = strategy;
        this.builtIn = strategy instanceof DefaultKeyStrategy direct ? direct : null;
        this.maxLength = maxLength;
    }

    /**
     * Whether instances of {@code beanClass} take part in keys by this writer's strategy, decided once: for the
     * built-in strategy by the class alone; for another strategy that keeps {@link KeyStrategy#targetPart}'s
     * default, by whether the class overrides {@code toString()}; a strategy with its own rule is asked per call.
     */
    TargetRule targetRuleFor(Class<?> beanClass) {
        if (builtIn != null) {
            return builtIn.ignoresTargetsOf(beanClass) ? TargetRule.NONE : TargetRule.ALWAYS;
        }
        if (overrides(strategy.getClass(), "targetPart", Object.class)) {
            return TargetRule.ASK;
        }
        return overrides(beanClass, "toString") ? TargetRule.ALWAYS : TargetRule.NONE;
    }

    private static boolean overrides(Class<?> type, String method, Class<?>... parameters) {
        try {
            Class<?> declaring = type.getMethod(method, parameters).getDeclaringClass();
            return declaring != Object.class && declaring != KeyStrategy.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    /**
     * The key to look a call up with, or {@code null} if the target or an argument has no stable key: a {@link CallKey} where this
     * writer may make them, the built-in strategy keys the arguments, every argument is a scalar ({@code String},
     * boxed primitive, {@code null}) no longer than the key limit and the target takes no part; else its text.
     *
     * @param rule how the target takes part
     * @param target the target instance, or {@code null} for none
     * @param args the arguments
     * @param unkeyable told the index of the argument (or {@link #TARGET}) that has no stable key
     * @throws RuntimeException whatever the strategy or an argument's {@code toString()} throws
     */
    Object lookupKey(TargetRule rule, Object target, Object[] args, Unkeyable unkeyable) {
        if (callKeys && builtIn != null && !hasTargetPart(rule, target) && scalars(args)) {
            return new CallKey(this, prefix, args.clone());
        }
        return key(rule, target, args, unkeyable);
    }

    /** Whether the text of the call would have a target part (the built-in strategy decides by the class alone). */
    private boolean hasTargetPart(TargetRule rule, Object target) {
        return target != null && (rule == TargetRule.ALWAYS
                || rule == TargetRule.ASK && !builtIn.ignoresTargetsOf(target.getClass()));
    }

    private boolean scalars(Object[] args) {
        for (Object arg : args) {
            if (!CallKey.isScalar(arg) || arg instanceof String string && string.length() > maxLength) {
                return false;
            }
        }
        return true;
    }

    /** The text of a {@link CallKey}'s call. */
    String text(Object[] scalars) {
        return key(TargetRule.NONE, null, scalars, (index, value) -> {
            throw new IllegalStateException("a scalar argument has a key part");
        });
    }

    /**
     * The key of a call as text, or {@code null} if the target or an argument has no stable key.
     *
     * @param rule how the target takes part
     * @param target the target instance, or {@code null} for none
     * @param args the arguments
     * @param unkeyable told the index of the argument (or {@link #TARGET}) that has no stable key
     * @throws RuntimeException whatever the strategy or an argument's {@code toString()} throws
     */
    String key(TargetRule rule, Object target, Object[] args, Unkeyable unkeyable) {
        StringBuilder key = new StringBuilder(prefix.length() + 16 * (args.length + 1)).append(prefix);
        if (target != null && rule != TargetRule.NONE && !appendTarget(key, rule, target)) {
            unkeyable.argument(TARGET, target);
            return null;
        }
        for (int i = 0; i < args.length; i++) {
            key.append('|');
            if (builtIn != null) {
                int start = key.length();
                if (!builtIn.appendKeyPart(key, args[i])) {
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
            appendEscaped(key.append('='), part);
        }
        return key.length() <= maxLength ? key.toString() : digest(key);
    }

    /** Appends the target's part; {@code false} if the target should take part but has none. */
    private boolean appendTarget(StringBuilder key, TargetRule rule, Object target) {
        if (rule == TargetRule.ASK && builtIn != null && builtIn.ignoresTargetsOf(target.getClass())) {
            return true;
        }
        String part = strategy.targetPart(target);
        if (part == null) {
            // ALWAYS: this target should be keyed; ASK with the built-in strategy: an entity without an id yet.
            // Leaving it out would make every such target share one result.
            return rule == TargetRule.ASK && builtIn == null;
        }
        appendEscaped(key.append("|this="), part);
        return true;
    }

    /** Told which argument could not be keyed. */
    @FunctionalInterface
    interface Unkeyable {

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

    private String digest(CharSequence key) {
        ByteBuffer units = ByteBuffer.allocate(key.length() * 2);
        units.asCharBuffer().append(key);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(units.array());
            return digestPrefix + "|~sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
