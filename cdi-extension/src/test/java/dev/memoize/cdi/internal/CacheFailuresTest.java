package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheFailuresTest {

    private static final Logger LOGGER = Logger.getLogger("dev.memoize");

    @Test
    void everyFailureIsCountedButOnlyTheFirstOfAMinuteIsLogged() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        LOGGER.addHandler(handler);
        try {
            CacheFailures failures = new CacheFailures(false);
            for (int i = 0; i < 50; i++) {
                failures.record("read", "f", new IllegalStateException("down " + i));
            }
            assertEquals(50, failures.count());
            assertEquals(1, records.size(), "one warning for fifty failures");
            assertTrue(records.get(0).getMessage().contains("cache read for f failed"), records.get(0).getMessage());
        } finally {
            LOGGER.removeHandler(handler);
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
