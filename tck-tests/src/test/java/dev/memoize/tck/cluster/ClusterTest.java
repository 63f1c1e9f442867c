package dev.memoize.tck.cluster;

import dev.memoize.tck.support.LogRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Three real Hazelcast members, one application node each: results and deletions are shared by every member. */
class ClusterTest {

    private static Cluster cluster;
    private static Node a;
    private static Node b;
    private static Node c;

    @BeforeAll
    static void startThreeMembers() {
        cluster = new Cluster(6101);
        a = cluster.node("a", cluster.startMember(), Inventory.class);
        b = cluster.node("b", cluster.startMember(), Inventory.class);
        c = cluster.node("c", cluster.startMember(), Inventory.class);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aResultComputedOnOneMemberIsAHitOnTheOthers() throws Exception {
        int runsBefore = a.runs("stock") + b.runs("stock") + c.runs("stock");
        Inventory.restock("apples");
        assertEquals(1, a.bean(Inventory.class).stock("apples"));
        assertEquals(1, b.bean(Inventory.class).stock("apples"));
        assertEquals(1, c.bean(Inventory.class).stock("apples"));
        assertEquals(runsBefore + 1, a.runs("stock") + b.runs("stock") + c.runs("stock"),
                "the body ran once in the cluster, keys built independently on each member");
    }

    @Test
    void deletesOnAnyMemberAreSeenByEveryMemberAtOnce() throws Exception {
        List<Consumer<String>> deletes = List.of(
                item -> b.memoizer().deleteMemoized(Inventory.STOCK),
                item -> b.memoizer().deleteMemoized(Inventory.STOCK, item),
                item -> b.memoizer().deleteMemoizedVerhash(Inventory.STOCK));
        int round = 0;
        for (Consumer<String> delete : deletes) {
            String item = "pears-" + round++;
            long first = Inventory.restock(item);
            assertEquals(first, a.bean(Inventory.class).stock(item));
            assertEquals(first, c.bean(Inventory.class).stock(item), "memoized cluster-wide");
            long second = Inventory.restock(item);
            delete.accept(item);
            assertEquals(second, a.bean(Inventory.class).stock(item), "no member serves the old value");
            assertEquals(second, c.bean(Inventory.class).stock(item), "no member serves the old value");
        }
    }

    @Test
    void aComputationOnOneMemberRacingADeleteOnAnotherIsNeverServed() throws Exception {
        String item = "held-plums";
        long before = Inventory.restock(item);
        Inventory.held = new CountDownLatch(1);
        Inventory.hold = new CountDownLatch(1);
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return a.bean(Inventory.class).stock(item);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(Inventory.held.await(10, TimeUnit.SECONDS), "STEP 1: member a computes, held before storing");
        long after = Inventory.restock(item);
        b.memoizer().deleteMemoized(Inventory.STOCK, item);
        Inventory.hold.countDown();
        assertEquals(before, slow.get(10, TimeUnit.SECONDS), "STEP 2: a's caller gets what a computed");
        Inventory.held = new CountDownLatch(0);
        assertEquals(after, c.bean(Inventory.class).stock(item), "STEP 3: c, after b's delete, never sees it");
        assertEquals(after, a.bean(Inventory.class).stock(item), "STEP 4: nor does a");
    }

    @Test
    void aResultNoDistributedCacheCanStoreIsReturnedAndLoggedOnce() {
        try (LogRecorder log = LogRecorder.start()) {
            int runs = a.runs("unserializable");
            a.bean(Inventory.class).unserializable("x");
            a.bean(Inventory.class).unserializable("x");
            assertEquals(runs + 2, a.runs("unserializable"), "not memoized");
            List<String> warnings = log.warnings("not Serializable");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(Inventory.Unserializable.class.getName()), warnings.get(0));
        }
    }
}
