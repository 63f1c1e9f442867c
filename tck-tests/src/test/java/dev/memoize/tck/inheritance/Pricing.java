package dev.memoize.tck.inheritance;

import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

/** An unannotated base: its subclasses memoize it with a type-level {@code @Memoize}. */
public abstract class Pricing {

    @Inject
    Runs runs;

    private final String currency;

    protected Pricing(String currency) {
        this.currency = currency;
    }

    public String price(long amount) {
        runs.tick(currency + ".price");
        return currency + ":" + amount;
    }
}
