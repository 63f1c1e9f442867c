package dev.memoize.tck.inheritance;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** A bean with a memoized method, which another bean subclasses. */
@ApplicationScoped
public class BasePricing {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String price(String sku) {
        runs.tick("base.price");
        return "base:" + sku;
    }

    @Memoize(timeout = 60)
    public Optional<String> label(String sku) {
        runs.tick("base.label");
        return Optional.of("label:" + sku);
    }
}
