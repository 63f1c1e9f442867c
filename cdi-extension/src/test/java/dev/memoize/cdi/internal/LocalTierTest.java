package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTierTest {

    private static final long LEASE = TimeUnit.MILLISECONDS.toNanos(200);

    @Test
    void theRecordsAreTrustedUntilTheirReadStartPlusTheLease() throws InterruptedException {
        LocalTier tier = new LocalTier(LEASE, 10);
        assertNull(tier.trustedCheck(), "nothing read yet");
        tier.trust(7L, 0L, System.nanoTime());
        assertNotNull(tier.trustedCheck());
        Thread.sleep(250);
        assertNull(tier.trustedCheck(), "the lease is over");
        tier.trust(7L, 0L, System.nanoTime() - 2 * LEASE);
        assertNull(tier.trustedCheck(), "a read whose lease is already over is not trusted");
    }

    @Test
    void aLaterReadIsNeverReplacedByAnEarlierOne() {
        LocalTier tier = new LocalTier(LEASE, 10);
        long now = System.nanoTime();
        tier.trust(8L, 0L, now);
        tier.trust(7L, 0L, now - 1_000);
        assertEquals(8L, tier.trustedCheck().version());
    }

    @Test
    void aHeldResultIsValidOnlyForTheRecordsItWasReadUnder() {
        LocalTier tier = new LocalTier(LEASE, 10);
        LocalTier.Check check = tier.trust(7L, 3L, System.nanoTime());
        tier.hold("k", memo("v", Long.MAX_VALUE, 7L), 7L, check);
        assertEquals("v", tier.get("k", check, 0L).result());
        assertNull(tier.get("k", new LocalTier.Check(7L, 4L, Long.MAX_VALUE), 0L), "a single delete since");
        tier.hold("k", memo("v", Long.MAX_VALUE, 7L), 7L, check);
        assertNull(tier.get("k", new LocalTier.Check(8L, 3L, Long.MAX_VALUE), 0L), "a new version since");
        tier.hold("k", memo("v", 1_000L, 7L), 7L, check);
        assertNull(tier.get("k", check, 1_000L), "past its deadline");
    }

    @Test
    void forgetDistrustAndTheSizeBound() {
        LocalTier tier = new LocalTier(LEASE, 3);
        LocalTier.Check check = tier.trust(1L, 0L, System.nanoTime());
        for (int i = 0; i < 3; i++) {
            tier.hold("k" + i, memo(i, Long.MAX_VALUE, 1L), 1L, check);
        }
        tier.forget("k0");
        assertNull(tier.get("k0", check, 0L));
        tier.hold("k3", memo(3, Long.MAX_VALUE, 1L), 1L, check);
        tier.hold("k4", memo(4, Long.MAX_VALUE, 1L), 1L, check); // over the bound: everything held so far goes
        assertNull(tier.get("k1", check, 0L));
        assertEquals(4, tier.get("k4", check, 0L).result());
        tier.forgetAll();
        assertNull(tier.get("k4", check, 0L));
        tier.distrust();
        assertNull(tier.trustedCheck());
    }

    private static Memo memo(Object result, long expiresAt, long version) {
        return Memo.of(version, expiresAt, result);
    }

    @Test
    void awaitLeaseWaitsOneLease() {
        LocalTier tier = new LocalTier(LEASE, 3);
        long start = System.nanoTime();
        tier.awaitLease();
        assertTrue(System.nanoTime() - start >= LEASE);
    }
}
