package dev.memoize.tck.cluster;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Stock levels shared by every node (one "database" for the whole test JVM); reads are memoized. */
@ApplicationScoped
public class Inventory {

    static final String STOCK = "dev.memoize.tck.cluster.Inventory.stock";
    static final Map<String, AtomicLong> DATABASE = new ConcurrentHashMap<>();
    static volatile CountDownLatch hold = new CountDownLatch(0);
    static volatile CountDownLatch held = new CountDownLatch(0);

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public long stock(String item) throws InterruptedException {
        long level = DATABASE.computeIfAbsent(item, i -> new AtomicLong()).get();
        runs.tick("stock");
        if (item.startsWith("held")) {
            held.countDown();
            hold.await(10, TimeUnit.SECONDS);
        }
        return level;
    }

    @Memoize(timeout = 60)
    public Unserializable unserializable(String item) {
        runs.tick("unserializable");
        return new Unserializable(item);
    }

    static long restock(String item) {
        return DATABASE.computeIfAbsent(item, i -> new AtomicLong()).incrementAndGet();
    }

    /** A result no distributed cache can store. */
    public record Unserializable(String item) {
    }
}
