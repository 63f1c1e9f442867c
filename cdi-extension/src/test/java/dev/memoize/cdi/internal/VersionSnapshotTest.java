package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionSnapshotTest {

    @Test
    void aVersionReadIsRememberedWhenNothingChangedMeanwhile() {
        VersionSnapshot snapshot = new VersionSnapshot();
        VersionSnapshot.Known seen = snapshot.current();
        assertFalse(seen.trusted());
        snapshot.remember(seen, 42L);
        assertTrue(snapshot.current().trusted());
        assertEquals(42L, snapshot.current().version());
    }

    @Test
    void aReadThatRacedAnInvalidationIsNeverRemembered() {
        VersionSnapshot snapshot = new VersionSnapshot();
        VersionSnapshot.Known seen = snapshot.current();
        snapshot.invalidate(); // the record changed while the reader was reading
        snapshot.remember(seen, 41L);
        assertFalse(snapshot.current().trusted(), "the stale read is dropped; the next reader reads again");
    }

    @Test
    void aRememberedVersionIsDroppedByTheNextInvalidation() {
        VersionSnapshot snapshot = new VersionSnapshot();
        snapshot.remember(snapshot.current(), 7L);
        VersionSnapshot.Known trusted = snapshot.current();
        snapshot.invalidate();
        snapshot.remember(trusted, 7L);
        assertFalse(snapshot.current().trusted());
    }
}
