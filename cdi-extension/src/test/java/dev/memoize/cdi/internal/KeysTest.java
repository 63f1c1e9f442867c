package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysTest {

    private final Keys keys = new Keys(250);
    private final KeyStrategy strategy = new DefaultKeyStrategy();
    private final Keys.Unkeyable none = (index, value) -> {
        throw new AssertionError("unexpected unkeyable argument " + index);
    };

    /** A strategy that returns raw text, to show that framing does not rely on the strategy's escaping. */
    private final KeyStrategy raw = argument -> String.valueOf(argument);

    @Test
    void aKeyIsTheNameThenOnePartPerArgument() {
        assertEquals("com.acme.Users.find|\"alice\"|7L", keys.key("com.acme.Users.find", strategy, null,
                new Object[] {"alice", 7L}, none));
        assertEquals("com.acme.Users.find", keys.key("com.acme.Users.find", strategy, null, new Object[0], none));
    }

    @Test
    void partsAreFramedWhateverTheStrategyReturns() {
        String one = keys.key("f", raw, null, new Object[] {"a|b"}, none);
        String two = keys.key("f", raw, null, new Object[] {"a", "b"}, none);
        String escaped = keys.key("f", raw, null, new Object[] {"a\\", "|b"}, none);
        assertNotEquals(one, two);
        assertNotEquals(escaped, two);
        assertNotEquals(one, escaped);
        assertEquals("f|a\\|b", one);
    }

    @Test
    void theTargetPartIsMarked() {
        Object account = new Object() {
            @Override
            public String toString() {
                return "acc-1";
            }
        };
        String key = keys.key("f", strategy, account, new Object[] {1}, none);
        assertTrue(key.startsWith("f|this="), key);
        assertTrue(key.endsWith("\"acc-1\"|1"), key);
        assertEquals("f|1", keys.key("f", strategy, new Object(), new Object[] {1}, none), "a plain target adds nothing");
    }

    @Test
    void anUnkeyableArgumentIsReportedByIndex() {
        List<Integer> reported = new ArrayList<>();
        assertNull(keys.key("f", strategy, null, new Object[] {"ok", new Object()}, (index, value) -> reported.add(index)));
        assertEquals(List.of(1), reported);
    }

    @Test
    void longKeysAreDigestedDeterministically() {
        String huge = "x".repeat(1000);
        String key = keys.key("com.acme.Reports.render", strategy, null, new Object[] {huge}, none);
        assertTrue(key.startsWith("com.acme.Reports.render|~sha256:"), key);
        assertEquals(key.length(), "com.acme.Reports.render|~sha256:".length() + 64);
        assertEquals(key, keys.key("com.acme.Reports.render", strategy, null, new Object[] {huge}, none));
        assertNotEquals(key, keys.key("com.acme.Reports.render", strategy, null, new Object[] {huge + "y"}, none));
    }
}
