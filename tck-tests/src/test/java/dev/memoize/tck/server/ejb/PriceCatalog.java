package dev.memoize.tck.server.ejb;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A stateless session bean memoized behind its business interface. */
@Stateless
public class PriceCatalog implements PriceLookup {

    static final String PRICE = PriceCatalog.class.getName() + ".price";

    @Inject
    Runs runs;

    @Override
    @Memoize(timeout = 60)
    public String price(String sku) {
        return sku + "@" + runs.tick("price");
    }
}
