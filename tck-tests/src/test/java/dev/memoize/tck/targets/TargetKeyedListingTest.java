package dev.memoize.tck.targets;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.LogRecorder;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.logging.Level;

import static dev.memoize.tck.targets.TenantService.QUOTA;
import static dev.memoize.tck.targets.Wallet.BALANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The methods whose keys include the target instance are listed once, at INFO, when the application's memoization
 * starts. A deployment of its own with one test: the runtime starts on its first use, which must come after the
 * recorder is listening, so nothing here touches the library before the test does.
 */
@ExtendWith(ArquillianExtension.class)
class TargetKeyedListingTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(TenantService.class, Wallet.class);
    }

    @Inject
    Memoizer memoizer; // a client proxy: the runtime behind it starts on the first call

    @Test
    void theTargetKeyedMethodsAreListedOnceAtInfo() {
        try (LogRecorder log = LogRecorder.start()) {
            memoizer.statistics();
            memoizer.statistics();
            List<String> listings = log.messages(Level.INFO, "key their results by the target instance");
            assertEquals(1, listings.size(), "one line: " + listings);
            assertTrue(listings.get(0).contains(BALANCE + "(String)"), listings.get(0));
            assertFalse(listings.get(0).contains(QUOTA), "a bean with one instance is not target-keyed: "
                    + listings.get(0));
        }
    }
}
