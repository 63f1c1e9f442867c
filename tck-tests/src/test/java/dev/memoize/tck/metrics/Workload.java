package dev.memoize.tck.metrics;

import dev.memoize.Memoizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

/**
 * The scripted workload, run once per deployment; the tests compare every place the numbers appear with it:
 * <ul>
 *   <li>{@code prices}: 3 SKUs, each asked 4 times: 3 misses (each computation at least 5 ms), 9 hits;</li>
 *   <li>{@code quotes}: a second caller arrives while the first computes the same cold SKU: 2 misses, 1 of them a
 *       single-flight wait, 1 computation; then 1 hit;</li>
 *   <li>{@code live} (timeout 0): 2 calls, both bypassed.</li>
 * </ul>
 */
@ApplicationScoped
public class Workload {

    public static final long PRICE_HITS = 9;
    public static final long PRICE_MISSES = 3;

    @Inject
    PriceList prices;

    @Inject
    Memoizer memoizer;

    /** Keys of this deployment's own: a cache shared by the JVM or the server (Hazelcast) keeps other runs' entries. */
    private final String run = UUID.randomUUID().toString();
    private boolean ran;

    /** The key this deployment's workload uses for {@code name}. */
    public String sku(String name) {
        return run + "-" + name;
    }

    public synchronized void runOnce() throws Exception {
        if (ran) {
            return;
        }
        ran = true;
        for (int round = 0; round < 4; round++) {
            for (String sku : new String[] {"apple", "pear", "plum"}) {
                prices.price(sku(sku));
            }
        }
        quotesWithOneWaiter();
        prices.quote(sku("fig"));
        prices.live(sku("kiwi"));
        prices.live(sku("kiwi"));
    }

    private void quotesWithOneWaiter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch leaderEntered = prices.holdQuotes();
            Future<String> leader = pool.submit(() -> prices.quote(sku("fig")));
            if (!leaderEntered.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the leader never started");
            }
            Future<String> waiter = pool.submit(() -> prices.quote(sku("fig")));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (memoizer.statistics(PriceList.QUOTES).singleFlightWaits() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the second caller never waited for the first");
                }
                Thread.sleep(1);
            }
            prices.release();
            if (!leader.get(30, TimeUnit.SECONDS).equals(waiter.get(30, TimeUnit.SECONDS))) {
                throw new AssertionError("the waiter got another result than the leader");
            }
        } finally {
            prices.release();
            pool.shutdownNow();
        }
    }
}
