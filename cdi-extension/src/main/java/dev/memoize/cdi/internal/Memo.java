package dev.memoize.cdi.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the library stores under a call's key: a result with the function version it was computed under and
 * its deadline, or a tombstone left by a single-entry delete. Two memos are equal only if they are the same
 * write (same {@code id}), which makes the cache's conditional {@code replace} exact.
 */
final class Memo implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final byte VALUE = 0;
    private static final byte EMPTY_OPTIONAL = 1;
    private static final byte PRESENT_OPTIONAL = 2;
    private static final byte TOMBSTONE = 3;

    private final long id;
    private final long version;
    private final long expiresAt;
    private final byte kind;
    private final Object value;

    private Memo(long version, long expiresAt, byte kind, Object value) {
        this.id = ThreadLocalRandom.current().nextLong();
        this.version = version;
        this.expiresAt = expiresAt;
        this.kind = kind;
        this.value = value;
    }

    /** A result computed under {@code version}, valid until {@code expiresAt} (epoch millis). */
    static Memo of(long version, long expiresAt, Object result) {
        if (result instanceof Optional<?> optional) {
            return optional.isPresent()
                    ? new Memo(version, expiresAt, PRESENT_OPTIONAL, optional.get())
                    : new Memo(version, expiresAt, EMPTY_OPTIONAL, null);
        }
        return new Memo(version, expiresAt, VALUE, result);
    }

    /** A marker that a single-entry delete wrote; never a hit, always replaceable by the next computation. */
    static Memo tombstone() {
        return new Memo(0L, Long.MAX_VALUE, TOMBSTONE, null);
    }

    /** Whether this is a result computed under {@code currentVersion} that has not expired at {@code now}. */
    boolean isHit(long currentVersion, long now) {
        return kind != TOMBSTONE && version == currentVersion && now < expiresAt;
    }

    /** The result as the method returned it. */
    Object result() {
        return switch (kind) {
            case PRESENT_OPTIONAL -> Optional.of(value);
            case EMPTY_OPTIONAL -> Optional.empty();
            default -> value;
        };
    }

    /** The object that must be serializable for this memo to be stored by value. */
    Object payload() {
        return value;
    }

    long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Memo memo && memo.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        if (kind == TOMBSTONE) {
            return "Memo[deleted]";
        }
        String until = expiresAt == Long.MAX_VALUE ? "forever" : Instant.ofEpochMilli(expiresAt).toString();
        return "Memo[version=" + Long.toHexString(version) + ", until=" + until + ", result=" + result() + "]";
    }
}
