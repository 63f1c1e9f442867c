package dev.memoize.tck.metrics;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Three functions with their own counters: a slow price lookup, a quote whose computation a test can hold, live prices. */
@ApplicationScoped
public class PriceList {

    public static final String PRICES = "metrics.prices";
    public static final String QUOTES = "metrics.quotes";
    public static final String LIVE = "metrics.live";

    /** How long each price lookup takes at least. */
    public static final long LOOKUP_MILLIS = 5;

    @Inject
    Runs runs;

    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(0);

    @Memoize(name = PRICES, timeout = 600)
    public String price(String sku) throws InterruptedException {
        Thread.sleep(LOOKUP_MILLIS);
        return sku + " costs " + runs.tick("price:" + sku);
    }

    @Memoize(name = QUOTES, timeout = 600)
    public String quote(String sku) throws InterruptedException {
        int run = runs.tick("quote:" + sku);
        entered.countDown();
        if (!release.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return sku + " quoted " + run;
    }

    @Memoize(name = LIVE, timeout = 0)
    public String live(String sku) {
        return sku + " live " + runs.tick("live:" + sku);
    }

    /** Makes the next quote computations wait until {@link #release()}; returns the latch the first one opens. */
    public CountDownLatch holdQuotes() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        return entered;
    }

    public void release() {
        release.countDown();
    }
}
