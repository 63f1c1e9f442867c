package dev.memoize.tck.failures;

import dev.memoize.tck.support.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.cache.CacheException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In strict mode (tests, debugging) a cache failure is rethrown to the caller. */
@ExtendWith(ArquillianExtension.class)
class StrictModeTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Faults.class, StrictQuoteService.class, StrictConfig.class);
    }

    @Inject
    StrictQuoteService service;

    @Inject
    Faults faults;

    @Test
    void aFailingCacheFailsTheCall() {
        service.quote("STRICT");
        faults.failing(true);
        try {
            CacheException thrown = assertThrows(CacheException.class, () -> service.quote("STRICT-COLD"));
            assertTrue(thrown.getMessage().contains("simulated"), thrown.getMessage());
        } finally {
            faults.failing(false);
        }
    }
}
