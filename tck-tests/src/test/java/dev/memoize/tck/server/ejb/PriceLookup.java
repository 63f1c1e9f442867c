package dev.memoize.tck.server.ejb;

import jakarta.ejb.Local;

/** The business interface of {@link PriceCatalog}. */
@Local
public interface PriceLookup {

    String price(String sku);
}
