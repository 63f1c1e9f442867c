package dev.memoize.tck.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as a Hazelcast client: hits from what a member computed, deletes seen at once (the library's
 * local tier, not a near cache, keeps hits local), and a cluster that goes away and comes back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the second test stops the cluster
class ClientModeTest {

    private static Cluster cluster;
    private static Node onMember;
    private static Node onClient;

    @BeforeAll
    static void start() {
        cluster = new Cluster(6301);
        onMember = cluster.node("member", cluster.startMember(), Inventory.class);
        onClient = cluster.node("client", cluster.startClient(), Inventory.class);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    @Order(1)
    void aClientIsServedWhatAMemberComputedAndSeesItsDeletesAtOnce() throws Exception {
        long first = Inventory.restock("figs");
        int clientRuns = onClient.runs("stock");
        assertEquals(first, onMember.bean(Inventory.class).stock("figs"));
        assertEquals(first, onClient.bean(Inventory.class).stock("figs"));
        assertEquals(clientRuns, onClient.runs("stock"), "a hit on the client");

        for (int round = 0; round < 20; round++) {
            long next = Inventory.restock("figs");
            onMember.memoizer().deleteMemoized(Inventory.STOCK, "figs");
            assertEquals(next, onClient.bean(Inventory.class).stock("figs"), "never stale after the delete returned");
        }
    }

    @Test
    @Order(2)
    void whenTheClusterIsGoneCallsRunUncachedAndMemoizationResumesWhenItIsBack() throws Exception {
        Inventory client = onClient.bean(Inventory.class);
        long level = Inventory.restock("kiwis");
        assertEquals(level, client.stock("kiwis"));
        cluster.terminateMembers();
        Thread.sleep(200); // past the local tier's lease
        long failuresBefore = onClient.memoizer().statistics().cacheFailures();
        int runsBefore = onClient.runs("stock");
        for (int i = 0; i < 5; i++) {
            assertEquals(level, client.stock("kiwis"), "answered, uncached, while no member is up");
        }
        assertEquals(runsBefore + 5, onClient.runs("stock"));
        assertTrue(onClient.memoizer().statistics().cacheFailures() > failuresBefore, "the failures were counted");

        cluster.startMember(); // the cluster comes back, empty
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean memoizedAgain = false;
        while (!memoizedAgain && System.nanoTime() < deadline) {
            client.stock("kiwis");
            int before = onClient.runs("stock");
            assertEquals(level, client.stock("kiwis"));
            memoizedAgain = onClient.runs("stock") == before;
            Thread.sleep(100);
        }
        assertTrue(memoizedAgain, "memoization resumed once the client reconnected");
    }
}
