package dev.memoize.tck.memoizer.references;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Memoized at type level: every business method, here one with a primitive parameter. */
@Memoize(timeout = 60)
@ApplicationScoped
public class Prices {

    @Inject
    Runs runs;

    public String price(long id) {
        runs.tick("price");
        return "EUR:" + id;
    }
}
