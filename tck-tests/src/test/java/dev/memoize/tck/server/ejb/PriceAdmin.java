package dev.memoize.tck.server.ejb;

import dev.memoize.Memoizer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A stateless session bean that drops memoized results through the injected {@link Memoizer}. */
@Stateless
public class PriceAdmin {

    @Inject
    Memoizer memoizer;

    public void repriced(String sku) {
        memoizer.deleteMemoized(PriceCatalog.PRICE, sku);
    }

    public void repricedAll() {
        memoizer.deleteMemoized(PriceCatalog.PRICE);
    }

    public void ratesChanged() {
        memoizer.deleteMemoized(ExchangeRates.RATE);
    }
}
