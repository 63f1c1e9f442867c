package dev.memoize.tck.cluster;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A slow lookup that opts into cluster-wide single flight; the first "stuck" product hangs until released. */
@ApplicationScoped
public class Catalog {

    static volatile CountDownLatch stuck = new CountDownLatch(0);
    static final AtomicBoolean stuckOnce = new AtomicBoolean();

    @Inject
    Runs runs;

    @Memoize(timeout = 60, clusterSingleFlight = true)
    public String describe(String product) throws InterruptedException {
        runs.tick("describe");
        if (product.startsWith("stuck") && stuckOnce.compareAndSet(false, true)) {
            stuck.await(30, TimeUnit.SECONDS);
        }
        Thread.sleep(200);
        return product + " described";
    }
}
