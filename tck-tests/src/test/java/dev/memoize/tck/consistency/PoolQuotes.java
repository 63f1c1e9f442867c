package dev.memoize.tck.consistency;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A memoized lookup that counts its body runs. */
@ApplicationScoped
public class PoolQuotes {

    static final String NAME = "dev.memoize.tck.consistency.PoolQuotes.quote";

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String quote(String symbol) {
        runs.tick("quote");
        return symbol + "-" + runs.of("quote");
    }
}
