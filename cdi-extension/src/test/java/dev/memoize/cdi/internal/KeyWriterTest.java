package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyWriterTest {

    private static final KeyWriter.Unkeyable NONE = (index, value) -> {
        throw new AssertionError("unexpected unkeyable argument " + index);
    };

    private final KeyWriter builtIn = new KeyWriter("com.acme.Users.find", null, new DefaultKeyStrategy(), 250);

    /** A strategy that returns raw text, as its contract allows: framing must not rely on the strategy's escaping. */
    private final KeyStrategy raw = argument -> String.valueOf(argument);

    private String rawKey(Object target, Object... args) {
        return new KeyWriter("f", null, raw, 250).key(KeyWriter.TargetRule.ASK, target, args, NONE);
    }

    @Test
    void aKeyIsTheNameThenOnePartPerArgument() {
        assertEquals("com.acme.Users.find|\"alice\"|7L",
                builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {"alice", 7L}, NONE));
        assertEquals("com.acme.Users.find", builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[0], NONE));
    }

    @Test
    void partsAreFramedWhateverTheStrategyReturns() {
        String one = rawKey(null, "a|b");
        String two = rawKey(null, "a", "b");
        String escaped = rawKey(null, "a\\", "|b");
        assertNotEquals(one, two);
        assertNotEquals(escaped, two);
        assertNotEquals(one, escaped);
        assertEquals("f|=a\\|b", one);
    }

    @Test
    void aStrategyPartCannotForgeATargetPart() {
        Object alice = new Object() {
            @Override
            public String toString() {
                return "alice";
            }
        };
        KeyStrategy targets = new KeyStrategy() {
            @Override
            public String keyPart(Object argument) {
                return String.valueOf(argument);
            }

            @Override
            public String targetPart(Object target) {
                return target.toString();
            }
        };
        KeyWriter writer = new KeyWriter("f", null, targets, 250);
        String onAlice = writer.key(KeyWriter.TargetRule.ASK, alice, new Object[0], NONE);
        String forged = writer.key(KeyWriter.TargetRule.ASK, null, new Object[] {"this=alice"}, NONE);
        assertEquals("f|this=alice", onAlice);
        assertNotEquals(onAlice, forged);
    }

    @Test
    void aStrategyPartCannotForgeADigest() {
        KeyWriter writer = new KeyWriter("f", null, raw, 40);
        String digested = writer.key(KeyWriter.TargetRule.NONE, null, new Object[] {"x".repeat(100)}, NONE);
        assertTrue(digested.startsWith("f|~sha256:"), digested);
        String forged = new KeyWriter("f", null, raw, 1000).key(KeyWriter.TargetRule.NONE, null,
                new Object[] {digested.substring(2)}, NONE);
        assertNotEquals(digested, forged);
    }

    @Test
    void theOverloadSignatureIsAPartOfItsOwn() {
        KeyWriter overload = new KeyWriter("f", "(int)", raw, 250);
        KeyWriter plain = new KeyWriter("f", null, raw, 250);
        assertNotEquals(overload.key(KeyWriter.TargetRule.NONE, null, new Object[] {1}, NONE),
                plain.key(KeyWriter.TargetRule.NONE, null, new Object[] {"(int)", 1}, NONE));
    }

    @Test
    void theTargetPartIsMarked() {
        Object account = new Object() {
            @Override
            public String toString() {
                return "acc-1";
            }
        };
        String key = builtIn.key(KeyWriter.TargetRule.ASK, account, new Object[] {1}, NONE);
        assertTrue(key.startsWith("com.acme.Users.find|this="), key);
        assertTrue(key.endsWith("\"acc-1\"|1"), key);
        assertEquals("com.acme.Users.find|1", builtIn.key(KeyWriter.TargetRule.ASK, new Object(), new Object[] {1}, NONE),
                "a plain target adds nothing");
        assertEquals("com.acme.Users.find|1", builtIn.key(KeyWriter.TargetRule.NONE, account, new Object[] {1}, NONE),
                "a bean with one instance adds nothing");
    }

    @Test
    void anUnkeyableArgumentIsReportedByIndex() {
        List<Integer> reported = new ArrayList<>();
        assertNull(builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {"ok", new Object()},
                (index, value) -> reported.add(index)));
        assertEquals(List.of(1), reported);
    }

    @Test
    void aThrowingToStringPropagatesToTheCaller() {
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("broken");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {broken}, NONE));
    }

    @Test
    void longKeysAreDigestedDeterministically() {
        String huge = "x".repeat(1000);
        String key = builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {huge}, NONE);
        assertTrue(key.startsWith("com.acme.Users.find|~sha256:"), key);
        assertEquals(key.length(), "com.acme.Users.find|~sha256:".length() + 64);
        assertEquals(key, builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {huge}, NONE));
        assertNotEquals(key, builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {huge + "y"}, NONE));
    }

    @Test
    void stringsThatUtf8WouldMergeDigestApart() {
        // Two unpaired surrogates both encode to '?' in UTF-8: a digest of UTF-8 bytes would make these collide.
        String pad = "x".repeat(300);
        String one = builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {pad + '\uD800'}, NONE);
        String other = builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {pad + '\uDC00'}, NONE);
        String question = builtIn.key(KeyWriter.TargetRule.NONE, null, new Object[] {pad + '?'}, NONE);
        assertNotEquals(one, other);
        assertNotEquals(one, question);
    }
}
