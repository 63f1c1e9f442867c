package dev.memoize.tck.packaging.app;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/** The shaded application's memoized bean; counts how often the body of {@link #price} ran. */
@ApplicationScoped
public class Prices {

    private final AtomicLong bodyRuns = new AtomicLong();

    @Memoize(timeout = 60)
    public String price(String item) {
        return item + ":" + bodyRuns.incrementAndGet();
    }

    /** How often the body of {@link #price} ran. */
    public long bodyRuns() {
        return bodyRuns.get();
    }
}
