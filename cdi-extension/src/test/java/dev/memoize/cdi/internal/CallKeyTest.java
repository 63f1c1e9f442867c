package dev.memoize.cdi.internal;

import dev.memoize.cdi.DefaultKeyStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A {@link CallKey} must be exactly as discriminating as the key text it stands for: two calls share an entry by
 * CallKey if and only if their texts are equal, and its {@code toString()} is that text.
 */
class CallKeyTest {

    private static final KeyWriter.Unkeyable NONE = (index, value) -> {
        throw new AssertionError("unkeyable " + value);
    };

    private static final Object[] SCALARS = {null, "null", "1", 1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', true,
            "true", 0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L), 0.0f, -0.0f, "", "a|b", "a\\",
            "a\\|b", "\"", "1L", Long.MIN_VALUE, Integer.MIN_VALUE, "é", "\uD800"};

    private final KeyWriter writer = new KeyWriter("com.acme.F.f", null, new DefaultKeyStrategy(), 250, true);

    @Test
    void callKeysAreEqualExactlyWhenTheirTextsAreAndShowTheirText() {
        List<Object[]> calls = new ArrayList<>();
        for (Object a : SCALARS) {
            calls.add(new Object[] {a});
            for (Object b : new Object[] {null, "x", 2L, "1"}) {
                calls.add(new Object[] {a, b});
            }
        }
        for (Object[] left : calls) {
            Object leftKey = writer.lookupKey(KeyWriter.TargetRule.NONE, null, left, NONE);
            String leftText = writer.key(KeyWriter.TargetRule.NONE, null, left, NONE);
            assertInstanceOf(CallKey.class, leftKey);
            assertEquals(leftText, leftKey.toString());
            for (Object[] right : calls) {
                Object rightKey = writer.lookupKey(KeyWriter.TargetRule.NONE, null, right, NONE);
                String rightText = writer.key(KeyWriter.TargetRule.NONE, null, right, NONE);
                assertEquals(leftText.equals(rightText), leftKey.equals(rightKey),
                        () -> leftText + " vs " + rightText);
                if (leftKey.equals(rightKey)) {
                    assertEquals(leftKey.hashCode(), rightKey.hashCode());
                }
                assertEquals(leftKey.equals(rightKey), ((CallKey) leftKey).compareTo((CallKey) rightKey) == 0,
                        () -> "order inconsistent with equals: " + leftText + " vs " + rightText);
            }
        }
    }

    @Test
    void otherArgumentsLongStringsAndDistributedStorageKeepTheText() {
        assertInstanceOf(String.class, writer.lookupKey(KeyWriter.TargetRule.NONE, null, new Object[] {List.of(1)}, NONE));
        assertInstanceOf(String.class, writer.lookupKey(KeyWriter.TargetRule.NONE, null, new Object[] {"x".repeat(251)}, NONE));
        KeyWriter distributed = new KeyWriter("com.acme.F.f", null, new DefaultKeyStrategy(), 250, false);
        assertInstanceOf(String.class, distributed.lookupKey(KeyWriter.TargetRule.NONE, null, new Object[] {1L}, NONE));
    }

    @Test
    void theCallersArrayIsCopied() {
        Object[] args = {"a"};
        Object key = writer.lookupKey(KeyWriter.TargetRule.NONE, null, args, NONE);
        args[0] = "b";
        assertEquals(writer.key(KeyWriter.TargetRule.NONE, null, new Object[] {"a"}, NONE), key.toString());
    }
}
