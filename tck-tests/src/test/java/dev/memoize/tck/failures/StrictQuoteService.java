package dev.memoize.tck.failures;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class StrictQuoteService {

    static final String NAME = "dev.memoize.tck.failures.StrictQuoteService.quote";

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String quote(String symbol) {
        return symbol + " #" + runs.tick("quote");
    }
}
