package dev.memoize.tck.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three members with backups, the third in its own JVM; it is killed with SIGKILL ({@code kill -9}) during a load
 * of memoized calls. No business call fails, results stay correct, entries survive on the backups, and deletes
 * still reach everyone.
 */
class MemberLossTest {

    private static final int ITEMS = 200;

    private static Cluster cluster;
    private static Node a;
    private static Node b;
    private static Process victim;

    @BeforeAll
    static void startThreeMembers() throws Exception {
        cluster = new Cluster(6201);
        var member = cluster.startMember();
        a = cluster.node("a", member, Inventory.class);
        b = cluster.node("b", cluster.startMember(), Inventory.class);
        victim = cluster.startMemberProcess();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (member.getCluster().getMembers().size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(3, member.getCluster().getMembers().size(), "the member process joined");
        for (int i = 0; i < ITEMS; i++) {
            Inventory.restock("loss-" + i);
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void losingAMemberUnderLoadFailsNoCallAndLosesNoEntry() throws Exception {
        for (int i = 0; i < ITEMS; i++) {
            a.bean(Inventory.class).stock("loss-" + i);
        }
        int computedBefore = a.runs("stock") + b.runs("stock");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (Node node : List.of(a, b, a, b)) {
                workers.add(load.submit(() -> {
                    int i = 0;
                    while (running.get()) {
                        String item = "loss-" + (i++ % ITEMS);
                        try {
                            if (node.bean(Inventory.class).stock(item) != 1L) {
                                wrong.incrementAndGet();
                            }
                        } catch (Exception | Error e) {
                            failures.incrementAndGet();
                        }
                        calls.incrementAndGet();
                    }
                }));
            }
            Thread.sleep(300);
            victim.destroyForcibly(); // SIGKILL: no goodbye, no migration
            assertTrue(victim.waitFor(10, TimeUnit.SECONDS));
            Thread.sleep(1500);
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            running.set(false);
            load.shutdownNow();
        }
        System.out.printf("member loss: %d calls, %d failed, %d wrong, %d recomputed%n", calls.get(), failures.get(),
                wrong.get(), a.runs("stock") + b.runs("stock") - computedBefore);
        assertTrue(calls.get() > ITEMS, "the load ran: " + calls.get());
        assertEquals(0, failures.get(), "failed business calls");
        assertEquals(0, wrong.get(), "wrong results");
        assertEquals(computedBefore, a.runs("stock") + b.runs("stock"), "every entry survived on a backup");

        long restocked = Inventory.restock("loss-0");
        b.memoizer().deleteMemoized(Inventory.STOCK, "loss-0");
        assertEquals(restocked, a.bean(Inventory.class).stock("loss-0"), "a delete after the loss reaches everyone");
    }
}
