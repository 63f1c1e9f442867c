package dev.memoize.tck.review2;

import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class Quotes extends AbstractQuotes {

    @Inject
    Runs runs;

    @Override
    public String quote(String symbol) {
        runs.tick("quote");
        return "quote:" + symbol;
    }
}
