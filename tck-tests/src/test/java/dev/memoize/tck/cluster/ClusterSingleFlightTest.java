package dev.memoize.tck.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Opt-in cluster-wide single flight: many callers on three members, one body run; a dead claim is taken over. */
class ClusterSingleFlightTest {

    private static Cluster cluster;
    private static List<Node> nodes;

    @BeforeAll
    static void startThreeMembers() {
        cluster = new Cluster(6401);
        nodes = List.of(
                cluster.node("a", cluster.startMember(), Catalog.class, ShortLeaseConfig.class),
                cluster.node("b", cluster.startMember(), Catalog.class, ShortLeaseConfig.class),
                cluster.node("c", cluster.startMember(), Catalog.class, ShortLeaseConfig.class));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static int bodyRuns() {
        return nodes.stream().mapToInt(node -> node.runs("describe")).sum();
    }

    @Test
    void threeMembersTimesFourCallersOnAColdKeyRunTheBodyOnce() throws Exception {
        int before = bodyRuns();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (Node node : nodes) {
                for (int t = 0; t < 4; t++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return node.bean(Catalog.class).describe("lamp");
                    }));
                }
            }
            start.countDown();
            for (Future<String> call : calls) {
                assertEquals("lamp described", call.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, bodyRuns(), "one body run in the whole cluster");
    }

    @Test
    void aClaimWhoseHolderHangsIsTakenOverAfterItsLease() throws Exception {
        Catalog.stuck = new CountDownLatch(1);
        int before = bodyRuns();
        CompletableFuture<String> hung = CompletableFuture.supplyAsync(() -> {
            try {
                return nodes.get(0).bean(Catalog.class).describe("stuck-desk");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (bodyRuns() == before) {
            Thread.sleep(10);
        }
        long started = System.nanoTime();
        assertEquals("stuck-desk described", nodes.get(1).bean(Catalog.class).describe("stuck-desk"));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Catalog.stuck.countDown();
        assertEquals("stuck-desk described", hung.get(30, TimeUnit.SECONDS));
        assertEquals(before + 2, bodyRuns(), "the hung leader, then the member that took its claim over");
        System.out.printf("claim taken over after %d ms (lease 1000 ms)%n", waited);
    }
}
