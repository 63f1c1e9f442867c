package dev.memoize.cdi.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the library stores under a call's key: a result with the function version it was computed under and
 * its deadline, or a tombstone left by a single-entry delete. Two memos are equal only if they are the same
 * write (same {@code id}), which makes the cache's conditional {@code replace} exact. A local cache holds memos
 * as objects, each holding its result in the form {@link Values} keeps it: the result itself when it is shared, or
 * a {@link Values.Copy} from which each caller takes its own. A distributed cache holds them as bytes
 * ({@link #toBytes()}), which any member can read without this library's classes and compares by content.
 */
final class Memo implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final byte FORMAT = 'M';
    private static final int HEADER = 2 + 3 * Long.BYTES;

    private static final byte VALUE = 0;
    private static final byte EMPTY_OPTIONAL = 1;
    private static final byte PRESENT_OPTIONAL = 2;
    private static final byte TOMBSTONE = 3;
    private static final byte PENDING = 4;

    private final long id;
    private final long version;
    private final long expiresAt;
    private final byte kind;
    private final Object value;

    private Memo(long version, long expiresAt, byte kind, Object value) {
        this(ThreadLocalRandom.current().nextLong(), version, expiresAt, kind, value);
    }

    private Memo(long id, long version, long expiresAt, byte kind, Object value) {
        this.id = id;
        this.version = version;
        this.expiresAt = expiresAt;
        this.kind = kind;
        this.value = value;
    }

    /**
     * Writes this memo as bytes that any JVM can read with no class of this library: a header of plain fields,
     * then the result in Java serialization.
     *
     * @throws java.io.NotSerializableException if the result is not serializable
     */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(kind);
            out.writeLong(id);
            out.writeLong(version);
            out.writeLong(expiresAt);
            if (value instanceof Serialized serialized) {
                out.write(serialized.bytes(), serialized.offset(), serialized.bytes().length - serialized.offset());
            } else if (value != null) {
                try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
                    objects.writeObject(value instanceof Values.Copy copy ? fresh(copy, null) : value);
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Reads a memo written by {@link #toBytes()}; its result stays serialized until {@link #result(ClassLoader)}. */
    static Memo fromBytes(byte[] bytes) {
        if (bytes.length < HEADER || bytes[0] != FORMAT) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        header.get();
        byte kind = header.get();
        long id = header.getLong();
        long version = header.getLong();
        long expiresAt = header.getLong();
        return new Memo(id, version, expiresAt, kind, bytes.length > HEADER ? new Serialized(bytes, HEADER, false) : null);
    }

    /** A result as Java serialization bytes, from which each caller deserializes its own copy. */
    static Values.Copy serialized(Object result) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(result);
        }
        return new Serialized(bytes.toByteArray(), 0, true);
    }

    /**
     * This memo with its result in the form {@code values} holds it for later callers (itself if shared, a copy
     * otherwise), or {@code null} if the result can be neither shared nor copied.
     */
    Memo held(Values values) {
        if (value == null || value instanceof Values.Copy) {
            return this;
        }
        Object form = values.hold(value);
        if (form == Values.UNCOPYABLE) {
            return null;
        }
        return form == value ? this : new Memo(id, version, expiresAt, kind, form);
    }

    /** This memo holding {@code result} (deserialized from it, and found shareable) instead of its copy. */
    Memo sharing(Object result) {
        return new Memo(id, version, expiresAt, kind, result);
    }

    /** Whether the result needs no copy: a caller may share it. */
    boolean isShared() {
        return !(value instanceof Values.Copy);
    }

    /** The result as the method returned it, a fresh copy of it if it is held as one ({@code loader} resolves classes). */
    Object result(ClassLoader loader) throws IOException, ClassNotFoundException {
        if (value instanceof Values.Copy copy) {
            Object decoded = copy.fresh(loader);
            return kind == PRESENT_OPTIONAL ? Optional.of(decoded) : decoded;
        }
        return result();
    }

    private static Object fresh(Values.Copy copy, ClassLoader loader) throws IOException {
        try {
            return copy.fresh(loader == null ? Memo.class.getClassLoader() : loader);
        } catch (ClassNotFoundException impossible) {
            throw new IOException(impossible);
        }
    }

    /**
     * A result in Java serialization bytes, from {@code offset}: each caller deserializes its own copy. Bytes this
     * JVM wrote from the method's own result ({@code writtenHere}) are read back past any deserialization filter
     * (JEP 290): a filter guards data from outside the JVM, and a runtime's filter (Helidon MP's refuses every class
     * it does not list, {@code java.util.ArrayList} too) would otherwise turn every copy into a miss. Bytes read from
     * a cache ({@link #fromBytes}) stay under the JVM-wide filter.
     */
    private record Serialized(byte[] bytes, int offset, boolean writtenHere) implements Values.Copy, Serializable {

        @Override
        public Object fresh(ClassLoader loader) throws IOException, ClassNotFoundException {
            try (ObjectInputStream in = new LoaderObjectInputStream(
                    new ByteArrayInputStream(bytes, offset, bytes.length - offset), loader)) {
                if (writtenHere) {
                    // a copy of a result this JVM serialized itself: the JVM-wide filter (JEP 290) guards data from
                    // outside, and with the JDK's filter factory a stream's own filter replaces it
                    try {
                        in.setObjectInputFilter(info -> ObjectInputFilter.Status.ALLOWED);
                    } catch (IllegalStateException factoryKeepsItsOwn) {
                        // a filter factory (jdk.serialFilterFactory) that refuses: its filter stays in force
                    }
                }
                return in.readObject();
            }
        }

        /** Java-serialized (a provider that serializes memos), these bytes are no longer this JVM's own. */
        @Serial
        private Object writeReplace() {
            return writtenHere ? new Serialized(bytes, offset, false) : this;
        }
    }

    /** Resolves classes with the application's class loader first. */
    private static final class LoaderObjectInputStream extends ObjectInputStream {

        private final ClassLoader loader;

        LoaderObjectInputStream(java.io.InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException notThere) {
                return super.resolveClass(description);
            }
        }
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

    /** A marker left where a stored result was withdrawn; never a hit, always replaceable by the next computation. */
    static Memo tombstone() {
        return new Memo(0L, Long.MAX_VALUE, TOMBSTONE, null);
    }

    /**
     * A placeholder a computation writes before its result, while it checks that no single-entry delete of its
     * function happened since it began; never a hit, replaced by the result or withdrawn.
     */
    static Memo pending() {
        return new Memo(0L, Long.MAX_VALUE, PENDING, null);
    }

    /** Whether this is the placeholder of a computation that is storing its result. */
    /** Whether this is what a computation that a single-entry delete overtook left in its place: no result. */
    boolean isTombstone() {
        return kind == TOMBSTONE;
    }

    boolean isPending() {
        return kind == PENDING;
    }

    /** Whether this is a result computed under {@code currentVersion} that has not expired at {@code now}. */
    boolean isHit(long currentVersion, long now) {
        return kind != TOMBSTONE && kind != PENDING && version == currentVersion && now < expiresAt;
    }

    /** The result as the method returned it. */
    Object result() {
        return switch (kind) {
            case PRESENT_OPTIONAL -> Optional.of(value);
            case EMPTY_OPTIONAL -> Optional.empty();
            default -> value;
        };
    }

    long id() {
        return id;
    }

    long expiresAt() {
        return expiresAt;
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
        if (kind == PENDING) {
            return "Memo[pending]";
        }
        String until = expiresAt == Long.MAX_VALUE ? "forever" : Instant.ofEpochMilli(expiresAt).toString();
        return "Memo[version=" + Long.toHexString(version) + ", until=" + until + ", result="
                + (value instanceof Values.Copy ? "(copied for each caller)" : result()) + "]";
    }
}
