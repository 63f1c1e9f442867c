package dev.memoize.tck.sharednames;

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

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One method inherited by a single-instance bean and by a target-keyed bean, sharing one explicit name: a
 * programmatic {@code callOn} keys its target by the plan of the target's own bean class, so two tenants never
 * share a result and the single-instance bean shares the intercepted key.
 */
@ExtendWith(ArquillianExtension.class)
class SharedNameCallOnTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(LookupBase.class, GlobalLookup.class, TenantLookup.class);
    }

    @Inject
    GlobalLookup global;

    @Inject
    Instance<TenantLookup> tenants;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void callOnTwoTenantsNeverSharesTheirResults() {
        runs.reset();
        TenantLookup alice = tenants.get();
        alice.setTenant("alice");
        TenantLookup bob = tenants.get();
        bob.setTenant("bob");
        assertEquals("tenant-alice#1", alice.lookup(1));
        assertEquals("tenant-bob#1", bob.lookup(1), "precondition: intercepted calls key the target");

        var function = memoizer.function(LookupBase.NAME);
        assertEquals("alice-programmatic", function.callOn(alice, () -> "alice-programmatic", 2));
        assertEquals("bob-programmatic", function.callOn(bob, () -> "bob-programmatic", 2),
                "bob is served alice's result: callOn keyed the tenant with GlobalLookup's plan (no target part)");
        assertEquals("alice-programmatic", function.callOn(alice, () -> "recomputed", 2), "alice's result is a hit");
        assertEquals("bob-programmatic", function.callOn(bob, () -> "recomputed", 2), "and bob's");
    }

    @Test
    void callOnATenantSharesTheInterceptedKey() {
        runs.reset();
        TenantLookup carol = tenants.get();
        carol.setTenant("carol");
        assertEquals("tenant-carol#3", carol.lookup(3));
        assertEquals("tenant-carol#3", memoizer.function(LookupBase.NAME).callOn(carol, () -> "recomputed", 3),
                "callOn on the tenant does not find the intercepted call's result");
    }

    @Test
    void callOnTheSingleInstanceBeanMemoizesAndSharesTheInterceptedKey() {
        runs.reset();
        assertEquals("global#4", global.lookup(4));
        AtomicInteger bodies = new AtomicInteger();
        var function = memoizer.function(LookupBase.NAME);
        assertEquals("global#4", function.callOn(global, () -> "body-" + bodies.incrementAndGet(), 4),
                "callOn on the single-instance bean does not find the intercepted call's result");
        assertEquals("global#4", function.call(() -> "body-" + bodies.incrementAndGet(), 4),
                "call without target on a function whose GlobalLookup keys never include a target");
    }
}
