package dev.memoize.tck.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Records what the library logs (System.Logger goes to java.util.logging in the suite). */
public final class LogRecorder extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.memoize");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public static LogRecorder start() {
        LogRecorder recorder = new LogRecorder();
        recorder.logger.addHandler(recorder);
        return recorder;
    }

    /** The messages logged at WARNING or above that contain the text. */
    public List<String> warnings(String containing) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogRecord::getMessage)
                .filter(m -> m.contains(containing))
                .toList();
    }

    /** The messages logged at exactly this level that contain the text. */
    public List<String> messages(Level level, String containing) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() == level.intValue())
                .map(LogRecord::getMessage)
                .filter(m -> m.contains(containing))
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
