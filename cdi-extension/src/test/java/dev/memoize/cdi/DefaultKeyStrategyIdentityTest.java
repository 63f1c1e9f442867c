package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rule 16 and rule 8: no key rests on an identity shown by {@code toString()}; records key by their components. */
class DefaultKeyStrategyIdentityTest {

    private final DefaultKeyStrategy keys = new DefaultKeyStrategy();

    /** Shows its own identity through {@code Object.toString()}. */
    static final class Handle {
        @Override
        public String toString() {
            return "Handle:" + super.toString();
        }
    }

    /** Prints what {@code Object.toString()} prints, by hand, without a {@code hashCode()} of its own. */
    static final class HandMade {
        @Override
        public String toString() {
            return getClass().getName() + "@" + Integer.toHexString(hashCode());
        }
    }

    /** Shows its identity hash in decimal. */
    static final class Session {
        @Override
        public String toString() {
            return "Session#" + System.identityHashCode(this);
        }
    }

    /** Shows whatever it wraps, as {@code "Wrapper[inner=" + inner + "]"}. */
    static final class Wrapper {
        private final Object inner;

        Wrapper(Object inner) {
            this.inner = inner;
        }

        @Override
        public String toString() {
            return "Wrapper[inner=" + inner + "]";
        }
    }

    /** Shows a fixed text. */
    static final class Text {
        private final String text;

        Text(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final class Opaque {
    }

    record Query(String[] terms) {
    }

    record Holder(Object value) {
    }

    record Pair(String first, String second) {
    }

    record Outer(Query query, int limit, long offset) {
    }

    record Empty() {
    }

    /** Overrides {@code toString()} with less than its components: ignored. */
    record Secretive(String name) {
        @Override
        public String toString() {
            return "Secretive[***]";
        }
    }

    private record Hidden(String name) {
    }

    enum Operation {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        };

        abstract int apply(int a, int b);
    }

    /** A bean whose {@code toString()} shows its identity: as a target it must not take part in keys by it. */
    static class IdentityBean {
        @Override
        public String toString() {
            return "IdentityBean@" + Integer.toHexString(System.identityHashCode(this));
        }
    }

    @Test
    void aToStringThatShowsItsOwnIdentityIsNoKey() {
        assertNull(keys.keyPart(new Handle()));
        assertNull(keys.keyPart(new HandMade()));
        assertNull(keys.keyPart(new Session()), "decimal identity hash");
    }

    @Test
    void aToStringThatShowsANestedIdentityIsNoKey() {
        assertNull(keys.keyPart(new Wrapper(new Opaque())), "com.acme.Inner@6d06d69c");
        assertNull(keys.keyPart(new Wrapper(new String[] {"a"})), "[Ljava.lang.String;@4e427c07");
        assertNull(keys.keyPart(new Wrapper(new int[] {1})), "[I@1b2c");
        Runnable lambda = () -> { };
        assertNull(keys.keyPart(new Wrapper(lambda)), "Foo$$Lambda$14/0x0000000800c03000@5e9f23b4");
        assertNull(keys.keyPart(new Wrapper(List.of(new Opaque()))), "inside a list's text");
        assertNull(keys.keyPart(List.of(new Wrapper(new Opaque()))), "the wrapper inside a list");
        assertNull(keys.keyPart(new Text("handle com.acme.Inner@6d06d69c.")), "at the end of a sentence");
    }

    @Test
    void ordinaryTextWithAnAtSignStillKeys() {
        assertEquals(Text.class.getName() + "\"john.doe@cafe.com\"", keys.keyPart(new Text("john.doe@cafe.com")));
        assertNotNull(keys.keyPart(new Text("jane@example.org")));
        assertNotNull(keys.keyPart(new Text("ops@cafe-bar.de")));
        assertNotNull(keys.keyPart(new Text("@home")));
        assertNotNull(keys.keyPart(new Text("12 EUR")));
    }

    @Test
    void aTargetFollowsTheSameRules() {
        assertFalse(keys.ignoresTargetsOf(IdentityBean.class), "the library must ask for each target");
        assertNull(keys.targetPart(new IdentityBean()));
        assertNull(keys.targetPart(new Handle()));
        assertEquals(Pair.class.getName() + "(first=\"a\",second=\"b\")", keys.targetPart(new Pair("a", "b")));
    }

    @Test
    void aRecordKeysByItsComponents() {
        assertEquals(Query.class.getName() + "(terms=java.lang.String[]{\"a\",\"b\"})",
                keys.keyPart(new Query(new String[] {"a", "b"})));
        assertEquals(keys.keyPart(new Query(new String[] {"a", "b"})), keys.keyPart(new Query(new String[] {"a", "b"})),
                "equal queries share a key");
        assertNotEquals(keys.keyPart(new Query(new String[] {"a", "b"})), keys.keyPart(new Query(new String[] {"a", "c"})));
        assertEquals(Outer.class.getName() + "(query=" + Query.class.getName() + "(terms=java.lang.String[]{}),limit=10,offset=0L)",
                keys.keyPart(new Outer(new Query(new String[0]), 10, 0L)));
        assertEquals(Empty.class.getName() + "()", keys.keyPart(new Empty()));
        assertEquals(Hidden.class.getName() + "(name=\"x\")", keys.keyPart(new Hidden("x")), "a private record");
    }

    @Test
    void aRecordNeverKeysByItsToString() {
        assertNotEquals(keys.keyPart(new Secretive("alice")), keys.keyPart(new Secretive("bob")));
        // Record.toString() does not quote: both print Pair[first=x, second=y, second=z]
        assertNotEquals(keys.keyPart(new Pair("x, second=y", "z")), keys.keyPart(new Pair("x", "y, second=z")));
    }

    @Test
    void aRecordWithAComponentWithoutKeyHasNone() {
        assertNull(keys.keyPart(new Holder(new Opaque())));
        assertNull(keys.keyPart(new Holder(new Handle())));
        assertEquals(Holder.class.getName() + "(value=null)", keys.keyPart(new Holder(null)));
        assertNotEquals(keys.keyPart(new Holder(1)), keys.keyPart(new Holder("1")), "components are typed");
    }

    @Test
    void anEnumConstantWithABodyKeysByItsEnum() {
        assertEquals(Operation.class.getName() + ".PLUS", keys.keyPart(Operation.PLUS));
    }
}
