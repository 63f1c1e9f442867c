package dev.memoize.tck.targets;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.memoize.tck.targets.TenantService.QUOTA;
import static dev.memoize.tck.targets.Wallet.BALANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target instance takes part in a key only when the bean can have several instances with identities of their
 * own; a single-entry delete either removes the result every caller would be served or throws, never a silent no-op.
 * Each test uses arguments of its own, since the tests share one deployment and its memoized results.
 */
@ExtendWith(ArquillianExtension.class)
class TargetsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(TenantService.class, Wallet.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    Instance<Wallet> wallets;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aSingleInstanceBeanOverridingToStringIsDeletedByItsArguments() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = tenants.quota(1L);
        assertEquals(first, tenants.quota(1L));
        assertEquals(1, runs.of("quota"), "memoized");

        memoizer.deleteMemoized(QUOTA, 1L);

        assertNotEquals(first, tenants.quota(1L), "the delete removed the result every caller is served");
        assertEquals(2, runs.of("quota"));
        tenants.quota(1L);
        assertEquals(2, runs.of("quota"), "memoized again right after the delete");
    }

    @Test
    void aSingleInstanceBeanOverridingToStringIsDeletedByBeanClassMethodAndArguments() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = tenants.quota(2L);
        assertEquals(first, tenants.quota(2L));
        assertEquals(1, runs.of("quota"), "memoized");

        memoizer.deleteMemoized(TenantService.class, "quota", 2L);

        assertNotEquals(first, tenants.quota(2L), "the delete removed the result every caller is served");
        assertEquals(2, runs.of("quota"));
        tenants.quota(2L);
        assertEquals(2, runs.of("quota"), "memoized again right after the delete");
    }

    @Test
    void instancesWithAnIdentityOfTheirOwnMemoizeSeparately() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Wallet ann = wallet("ann");
        Wallet ben = wallet("ben");
        assertEquals("ann EUR #1", ann.balance("EUR"));
        assertEquals("ben EUR #2", ben.balance("EUR"));
        assertEquals("ann EUR #1", ann.balance("EUR"));
        assertEquals("ben EUR #2", ben.balance("EUR"));
        assertEquals("ann EUR #1", wallet("ann").balance("EUR"), "another instance that shows the same owner");
        assertEquals(2, runs.of("balance"), "each instance's second call was a hit");
    }

    @Test
    void aDeleteByArgumentsAloneOfATargetKeyedMethodThrowsAndSaysHowToDelete() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Wallet carl = wallet("carl");
        carl.balance("GBP");

        IllegalArgumentException byName = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(BALANCE, "GBP"));
        assertTrue(byName.getMessage().contains(BALANCE + "(String)"), "names the method: " + byName.getMessage());
        assertTrue(byName.getMessage().contains("deleteMemoized(\"" + BALANCE + "\")"),
                "says how to delete: " + byName.getMessage());

        IllegalArgumentException byMethod = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(Wallet.class, "balance", "GBP"));
        assertTrue(byMethod.getMessage().contains("deleteMemoized(\"" + BALANCE + "\")"), byMethod.getMessage());

        carl.balance("GBP");
        assertEquals(1, runs.of("balance"), "nothing was deleted");
    }

    @Test
    void aDeleteByNameDropsTheResultsOfEveryInstance() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Wallet dora = wallet("dora");
        Wallet emil = wallet("emil");
        dora.balance("CHF");
        emil.balance("CHF");
        dora.balance("CHF");
        emil.balance("CHF");
        assertEquals(2, runs.of("balance"), "memoized");

        memoizer.deleteMemoized(BALANCE);

        assertEquals("dora CHF #3", dora.balance("CHF"));
        assertEquals("emil CHF #4", emil.balance("CHF"));
        dora.balance("CHF");
        emil.balance("CHF");
        assertEquals(4, runs.of("balance"), "memoized again right after the delete");
    }

    private Wallet wallet(String owner) {
        Wallet wallet = wallets.get();
        wallet.setOwner(owner);
        return wallet;
    }

    @Test
    void aProgrammaticCallOnASingleInstanceBeanSharesTheMethodsKeysAndDeletes() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String intercepted = tenants.quota(20L);
        assertEquals(intercepted, memoizer.function(QUOTA).callOn(tenants, () -> "from callOn", 20L),
                "callOn with the bean as target reads the intercepted call's result");
        assertEquals("callOn v1", memoizer.function(QUOTA).callOn(tenants, () -> "callOn v1", 21L));

        memoizer.deleteMemoized(QUOTA, 21L);

        assertEquals("callOn v2", memoizer.function(QUOTA).callOn(tenants, () -> "callOn v2", 21L),
                "the delete by arguments reached the result callOn memoized");
        assertEquals("callOn v2", tenants.quota(21L), "and the method's callers are served it");
    }

    @Test
    void aProgrammaticCallWithoutTargetOfATargetKeyedMethodIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> memoizer.function(BALANCE).call(() -> "no target", "EUR"));
        assertTrue(refused.getMessage().contains("callOn"), refused.getMessage());
    }
}
