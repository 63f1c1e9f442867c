package dev.memoize.tck.server.ear.ejb;

import dev.memoize.Memoizer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Deletes prices; called from either WAR. */
@Stateless
public class PriceAdmin {

    @Inject
    Memoizer memoizer;

    public void deletePrice(String item) {
        memoizer.deleteMemoized(PriceService.class, "price", item);
    }

    public void deleteAllPrices() {
        memoizer.deleteMemoized(PriceService.class, "price");
    }
}
