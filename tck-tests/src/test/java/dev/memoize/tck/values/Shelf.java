package dev.memoize.tck.values;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Returns a fresh mutable list per computation, as application code often does. */
@ApplicationScoped
public class Shelf {

    @Inject
    Runs runs;

    volatile CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);

    @Memoize(timeout = 60)
    public ArrayList<String> items(String shelf) throws InterruptedException {
        runs.tick("items:" + shelf);
        entered.countDown();
        release.await(10, TimeUnit.SECONDS);
        return new ArrayList<>(List.of("book"));
    }

    /** The next computation signals its start and waits for {@link #release()}. */
    public void holdNext() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    public boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    public void release() {
        release.countDown();
    }
}
