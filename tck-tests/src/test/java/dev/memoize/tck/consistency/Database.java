package dev.memoize.tck.consistency;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The data behind the memoized method: a version per key, and a gate that can hold one reader mid-computation. */
@ApplicationScoped
public class Database {

    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile CountDownLatch readerInside = new CountDownLatch(0);
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public long read(String key) {
        return versions.computeIfAbsent(key, k -> new AtomicLong()).get();
    }

    public long update(String key) {
        return versions.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** The next reader that passes the gate stops there until {@link #release()}. */
    public void holdNextReader() {
        readerInside = new CountDownLatch(1);
        gate = new CountDownLatch(1);
        armed.set(true);
    }

    public void awaitReaderHeld() throws InterruptedException {
        if (!readerInside.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no reader reached the gate");
        }
    }

    public void release() {
        gate.countDown();
    }

    void passGate() {
        if (armed.compareAndSet(true, false)) {
            readerInside.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
