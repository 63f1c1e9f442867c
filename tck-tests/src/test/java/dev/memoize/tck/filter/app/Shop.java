package dev.memoize.tck.filter.app;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Memoized methods returning the application's own types and a JDK collection; counts its body runs. */
@ApplicationScoped
public class Shop {

    private final AtomicInteger runs = new AtomicInteger();

    @Memoize(timeout = 60)
    public Basket basket(String customer) {
        runs.incrementAndGet();
        return new Basket().add(customer + "-tea");
    }

    @Memoize(timeout = 60)
    public Quote quote(String product) {
        runs.incrementAndGet();
        return new Quote(product, new BigDecimal("2.50"));
    }

    @Memoize(timeout = 60)
    public List<String> names(String prefix) {
        runs.incrementAndGet();
        return new ArrayList<>(List.of(prefix + "-a", prefix + "-b"));
    }

    public int runs() {
        return runs.get();
    }
}
