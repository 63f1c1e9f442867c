package dev.memoize.tck.config;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Memoize runs outside the transaction interceptor's position: a hit never reaches it. */
@ExtendWith(ArquillianExtension.class)
class InterceptorOrderTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(LedgerService.class, Audited.class, AuditInterceptor.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    Runs runs;

    @Test
    void aHitDoesNotReachInterceptorsThatRunAfterMemoize() {
        ledger.balance("acc-1");
        ledger.balance("acc-1");
        ledger.balance("acc-1");
        assertEquals(1, runs.of("balance"));
        assertEquals(1, runs.of("audit"), "only the miss went through the inner interceptor");
    }
}
