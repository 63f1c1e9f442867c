package dev.memoize.tck.flight;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class ColdKeyService {

    @Inject
    Runs runs;

    @Inject
    Memoizer memoizer;

    private final CountDownLatch stuck = new CountDownLatch(1);

    /** The body waits until the single-flight wait count reaches the target, so every caller is concurrent. */
    @Memoize(timeout = 60)
    public String load(String key, long waitsTarget) {
        int run = runs.tick("load:" + key);
        awaitWaits(waitsTarget);
        if (key.startsWith("boom") && run == 1) {
            throw new IllegalStateException("leader failed");
        }
        return key + " #" + run;
    }

    /** The first run hangs until {@link #unstick()}; later runs return at once. */
    @Memoize(timeout = 60)
    public String hang(String key) throws InterruptedException {
        int run = runs.tick("hang:" + key);
        if (run == 1) {
            stuck.await(30, TimeUnit.SECONDS);
        }
        return key + " #" + run;
    }

    public void unstick() {
        stuck.countDown();
    }

    private void awaitWaits(long target) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (memoizer.statistics().singleFlightWaits() < target && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
