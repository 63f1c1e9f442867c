package dev.memoize.tck.payara.app;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/** A memoized price; each result names the instance that computed it and how often this instance ran the body. */
@ApplicationScoped
public class Prices {

    public static final String PRICE = Prices.class.getName() + ".price";

    private final AtomicInteger runs = new AtomicInteger();

    @Memoize(timeout = 300)
    public String price(String sku) {
        return sku + " priced by " + System.getProperty("memoize.instance") + " (run " + runs.incrementAndGet() + ")";
    }

    public int runs() {
        return runs.get();
    }
}
