package dev.memoize.tck.review;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A synchronous body that waits at a gate the test opens, per run: {@code gate("K", 1)}. */
@ApplicationScoped
public class ReviewGatedService {

    @Inject
    Runs runs;

    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();

    @Memoize(timeout = 60)
    public String value(String key) throws InterruptedException {
        int run = runs.tick("gated:" + key);
        entered(key, run).countDown();
        CountDownLatch gate = gates.get(key + "#" + run);
        if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("gate " + key + "#" + run + " never opened");
        }
        return key + " #" + run;
    }

    /** Makes run {@code run} of {@code key} wait until {@link #open}. */
    public void close(String key, int run) {
        gates.put(key + "#" + run, new CountDownLatch(1));
    }

    public void open(String key, int run) {
        gates.get(key + "#" + run).countDown();
    }

    /** Waits until run {@code run} of {@code key} has begun its body. */
    public void awaitEntered(String key, int run) throws InterruptedException {
        if (!entered(key, run).await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("run " + run + " of " + key + " never began");
        }
    }

    private CountDownLatch entered(String key, int run) {
        return entered.computeIfAbsent(key + "#" + run, k -> new CountDownLatch(1));
    }
}
