package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.io.NotSerializableException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void aMemoIsAHitOnlyForItsVersionAndBeforeItsDeadline() {
        Memo memo = Memo.of(7L, 1_000L, "value");
        assertTrue(memo.isHit(7L, 999L));
        assertFalse(memo.isHit(7L, 1_000L), "expired at the deadline");
        assertFalse(memo.isHit(8L, 0L), "another version");
        assertFalse(Memo.tombstone().isHit(0L, 0L), "a tombstone is never a hit");
    }

    @Test
    void memosAreEqualOnlyToThemselves() throws Exception {
        Memo memo = Memo.of(1L, Long.MAX_VALUE, "same");
        assertNotEquals(memo, Memo.of(1L, Long.MAX_VALUE, "same"));
        assertEquals(memo, Memo.fromBytes(memo.toBytes()), "the same write read back");
    }

    @Test
    void bytesRoundTripEveryKindOfResult() throws Exception {
        for (Object result : new Object[] {"text", null, Optional.empty(), Optional.of(List.of(1, 2)), 42L}) {
            Memo read = Memo.fromBytes(Memo.of(3L, 99L, result).toBytes());
            assertEquals(result, read.result(loader));
            assertTrue(read.isHit(3L, 98L));
        }
        Memo tombstone = Memo.fromBytes(Memo.tombstone().toBytes());
        assertFalse(tombstone.isHit(0L, 0L));
    }

    @Test
    void theSameWriteAlwaysEncodesToTheSameBytes() throws Exception {
        Memo memo = Memo.of(3L, 99L, List.of("a", "b"));
        assertArrayEquals(memo.toBytes(), memo.toBytes());
        assertArrayEquals(memo.toBytes(), Memo.fromBytes(memo.toBytes()).toBytes(), "read back and written again");
    }

    @Test
    void foreignBytesAreNoMemo() {
        assertNull(Memo.fromBytes(new byte[] {1, 2, 3}));
        assertNull(Memo.fromBytes("not a memo, but long enough to pass the header".getBytes()));
    }

    @Test
    void aResultThatCannotBeSerializedIsRefused() {
        assertThrows(NotSerializableException.class, () -> Memo.of(1L, 2L, new Object()).toBytes());
    }
}
