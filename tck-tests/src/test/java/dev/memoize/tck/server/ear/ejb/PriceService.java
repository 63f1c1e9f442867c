package dev.memoize.tck.server.ear.ejb;

import dev.memoize.Memoize;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A session bean of the EJB module, called through both WARs. */
@Stateless
public class PriceService {

    @Inject
    RunCounts runs;

    @Memoize(timeout = 600)
    public String price(String item) {
        return "price of " + item + " #" + runs.tick("price");
    }
}
