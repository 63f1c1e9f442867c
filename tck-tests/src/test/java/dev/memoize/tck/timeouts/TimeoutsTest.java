package dev.memoize.tck.timeouts;

import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.TestConfig;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timeouts run per entry from its write; the test moves the library's clock instead of sleeping. */
@ExtendWith(ArquillianExtension.class)
class TimeoutsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ClockedService.class);
    }

    @Inject
    ClockedService service;

    @Inject
    TestConfig config;

    @Inject
    Runs runs;

    @Test
    void anEntryLivesItsTimeoutFromItsOwnWrite() {
        service.minute("a");
        config.testClock().advance(Duration.ofSeconds(40));
        service.minute("b");
        config.testClock().advance(Duration.ofSeconds(19));
        service.minute("a");
        service.minute("b");
        assertEquals(2, runs.of("minute"), "both still fresh at 59 s and 19 s");

        config.testClock().advance(Duration.ofSeconds(2));
        service.minute("a");
        service.minute("b");
        assertEquals(3, runs.of("minute"), "a expired at 60 s, b has 21 s left");
    }

    @Test
    void aRecomputedEntryGetsItsFullTimeoutAgain() {
        service.hours("x");
        config.testClock().advance(Duration.ofHours(2));
        service.hours("x");
        assertEquals(2, runs.of("hours"));
        config.testClock().advance(Duration.ofMinutes(119));
        service.hours("x");
        assertEquals(2, runs.of("hours"));
    }

    @Test
    void defaultTimeoutIsTheConfiguredOne() {
        service.byDefault("x");
        config.testClock().advance(Duration.ofSeconds(19));
        service.byDefault("x");
        assertEquals(1, runs.of("byDefault"), "TestConfig.defaultTimeout() is 20 s");
        config.testClock().advance(Duration.ofSeconds(1));
        service.byDefault("x");
        assertEquals(2, runs.of("byDefault"));
    }

    @Test
    void timeoutZeroNeverMemoizes() {
        service.never("x");
        service.never("x");
        service.never("x");
        assertEquals(3, runs.of("never"));
    }

    @Test
    void foreverNeverExpires() {
        service.forever("x");
        config.testClock().advance(Duration.ofDays(3650));
        service.forever("x");
        assertEquals(1, runs.of("forever"));
    }

    @Test
    void theCacheItselfExpiresEntriesInRealTime() throws InterruptedException {
        service.brief("warm-up"); // creates the cache, which may take longer than the 1 s timeout
        service.brief("x");
        service.brief("x");
        assertEquals(2, runs.of("brief"));
        String key = ClockedService.class.getName() + ".brief|\"x\"";
        assertTrue(Caches.keys(ClockedService.class.getName() + ".brief").contains(key));
        // The library's clock stands still: only the cache's expiry policy can drop the entry.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (Caches.keys(ClockedService.class.getName() + ".brief").contains(key) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(Caches.keys(ClockedService.class.getName() + ".brief").contains(key),
                "the JCache expiry policy dropped the entry within 3 s of its 1 s timeout");
    }
}
