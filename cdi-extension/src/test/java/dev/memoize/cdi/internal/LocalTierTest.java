package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTierTest {

    private static final long LEASE = TimeUnit.MILLISECONDS.toNanos(200);

    @Test
    void aHeldResultIsTrustedUntilItsReadStartPlusTheLease() throws InterruptedException {
        LocalTier tier = new LocalTier(LEASE, 10);
        long readStart = System.nanoTime();
        tier.hold("k", "v", Long.MAX_VALUE, readStart);
        assertEquals("v", tier.get("k", 0L));
        Thread.sleep(250);
        assertSame(LocalTier.MISS, tier.get("k", 0L), "the lease is over");
    }

    @Test
    void aReadWhoseLeaseIsAlreadyOverIsNotHeld() {
        LocalTier tier = new LocalTier(LEASE, 10);
        tier.hold("k", "v", Long.MAX_VALUE, System.nanoTime() - 2 * LEASE);
        assertSame(LocalTier.MISS, tier.get("k", 0L));
    }

    @Test
    void anEntryPastItsDeadlineIsAMiss() {
        LocalTier tier = new LocalTier(LEASE, 10);
        tier.hold("k", "v", 1_000L, System.nanoTime());
        assertEquals("v", tier.get("k", 999L));
        assertSame(LocalTier.MISS, tier.get("k", 1_000L));
    }

    @Test
    void forgetDropsAndTheSizeIsBounded() {
        LocalTier tier = new LocalTier(LEASE, 3);
        long now = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            tier.hold("k" + i, i, Long.MAX_VALUE, now);
        }
        tier.forget("k0");
        assertSame(LocalTier.MISS, tier.get("k0", 0L));
        tier.hold("k3", 3, Long.MAX_VALUE, now);
        tier.hold("k4", 4, Long.MAX_VALUE, now); // over the bound: everything held so far goes
        assertSame(LocalTier.MISS, tier.get("k1", 0L));
        assertEquals(4, tier.get("k4", 0L));
        tier.forgetAll();
        assertSame(LocalTier.MISS, tier.get("k4", 0L));
    }

    @Test
    void awaitLeaseWaitsOneLease() {
        LocalTier tier = new LocalTier(LEASE, 3);
        long start = System.nanoTime();
        tier.awaitLease();
        assertTrue(System.nanoTime() - start >= LEASE);
    }
}
