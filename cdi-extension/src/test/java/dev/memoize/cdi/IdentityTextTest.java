package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that recognises an identity hash code in a {@code toString()}. */
class IdentityTextTest {

    private final Object value = new Object();

    private boolean flags(String text) {
        return IdentityText.showsIdentity(value, text);
    }

    @Test
    void theObjectsOwnHashAfterAnAtSign() {
        String hex = Integer.toHexString(System.identityHashCode(value));
        assertTrue(flags("Handle:@" + hex));
        assertTrue(flags("x@" + hex + "zz"), "followed by anything");
    }

    @Test
    void theObjectsOwnHashAsAWord() {
        int hash = System.identityHashCode(value);
        if (Integer.toString(hash).length() >= 4) {
            assertTrue(flags("Session#" + hash));
        }
        if (Integer.toHexString(hash).length() >= 4) {
            assertTrue(flags("Session-" + Integer.toHexString(hash) + "."));
        }
    }

    @Test
    void objectToStringShapedText() {
        assertTrue(flags("com.acme.Inner@6d06d69c"));
        assertTrue(flags("Wrapper[inner=com.acme.Inner@6d06d69c]"));
        assertTrue(flags("[com.acme.Inner@6d06d69c, com.acme.Inner@1]"));
        assertTrue(flags("[Ljava.lang.String;@4e427c07"));
        assertTrue(flags("[I@1b2c"));
        assertTrue(flags("Foo$$Lambda$14/0x0000000800c03000@5e9f23b4"));
        assertTrue(flags("(com.acme.Größe@6d06d69c)"));
        assertTrue(flags("handle com.acme.Inner@6d06d69c."));
        assertTrue(flags("com.acme.Inner@6d06d69c-"));
        assertTrue(flags("a@b"), "a false positive that only costs a miss");
    }

    @Test
    void ordinaryText() {
        assertFalse(flags("john.doe@cafe.com"));
        assertFalse(flags("jane@example.org"));
        assertFalse(flags("ops@cafe-bar.de"));
        assertFalse(flags("@home"));
        assertFalse(flags("see @ 12"));
        assertFalse(flags("x@123456789"), "more digits than an int's hex");
        assertFalse(flags("x@ABCDEF"), "hash codes print in lower case");
        assertFalse(flags("12 EUR"));
    }
}
