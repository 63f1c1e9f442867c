package dev.memoize.tck.server.ejb;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** A singleton session bean with a no-interface view, memoized. */
@Singleton
public class ExchangeRates {

    static final String RATE = ExchangeRates.class.getName() + ".rate";

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String rate(String pair) {
        return pair + "#" + runs.tick("rate");
    }
}
