package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheFailuresTest {

    @Test
    void eachFunctionHasItsOwnCountAndTheTotalHasThemAll() {
        LogCapture log = new LogCapture();
        try {
            CacheFailures failures = new CacheFailures(false);
            var prices = failures.counter("prices");
            failures.record("read", "prices", new IllegalStateException("down"));
            failures.record("write", "prices", new IllegalStateException("down"));
            failures.record("read", "stock", new IllegalStateException("down"));
            failures.counted("stock");
            assertEquals(2, prices.sum());
            assertEquals(2, failures.counter("stock").sum());
            assertEquals(0, failures.counter("rates").sum());
            assertEquals(4, failures.count());
        } finally {
            log.close();
        }
    }

    @Test
    void everyFailureIsCountedButOnlyTheFirstOfAMinuteOfAFunctionIsLogged() {
        LogCapture log = new LogCapture();
        List<LogRecord> records = log.records();
        try {
            CacheFailures failures = new CacheFailures(false);
            for (int i = 0; i < 50; i++) {
                failures.record("read", "f", new IllegalStateException("down " + i));
            }
            assertEquals(50, failures.count());
            assertEquals(1, records.size(), "one warning for fifty failures");
            assertTrue(records.get(0).getMessage().contains("cache read for f failed"), records.get(0).getMessage());
        } finally {
            log.close();
        }
    }

    @Test
    void oneFailingFunctionNeverHidesAnothersFailures() {
        LogCapture log = new LogCapture();
        List<LogRecord> records = log.records();
        try {
            CacheFailures failures = new CacheFailures(false);
            for (int i = 0; i < 10; i++) {
                failures.record("write", "a.Offers.offer", new IllegalStateException("cannot store " + i));
            }
            failures.record("write", "b.Offers.offer", new IllegalStateException("cannot store"));
            assertEquals(2, records.size(), "one warning per function: " + records);
            assertTrue(records.get(1).getMessage().contains("b.Offers.offer"), records.get(1).getMessage());
        } finally {
            log.close();
        }
    }

    @Test
    void strictModeRethrowsTheFailureItself() {
        CacheFailures failures = new CacheFailures(true);
        IllegalStateException down = new IllegalStateException("down");
        assertSame(down, assertThrows(IllegalStateException.class, () -> failures.record("write", "f", down)));
        assertEquals(1, failures.count());
    }
}
