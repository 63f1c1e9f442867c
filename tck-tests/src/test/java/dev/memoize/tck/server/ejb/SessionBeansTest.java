package dev.memoize.tck.server.ejb;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Memoized session beans on a real server: a stateless bean through its business interface, a singleton through
 * its no-interface view, and a stateless bean that deletes through the injected Memoizer.
 */
@ExtendWith(ArquillianExtension.class)
class SessionBeansTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PriceLookup.class, PriceCatalog.class, ExchangeRates.class, PriceAdmin.class);
    }

    @EJB
    PriceLookup prices;

    @EJB
    ExchangeRates rates;

    @EJB
    PriceAdmin admin;

    @Inject
    Runs runs;

    @Test
    void statelessBeanIsMemoizedThroughItsBusinessInterface() {
        runs.reset();
        String sku = unique("sku");
        assertEquals(prices.price(sku), prices.price(sku));
        assertEquals(1, runs.of("price"));
        prices.price(unique("other"));
        assertEquals(2, runs.of("price"));
    }

    @Test
    void singletonBeanIsMemoizedThroughItsNoInterfaceView() {
        runs.reset();
        String pair = unique("EURUSD");
        assertEquals(rates.rate(pair), rates.rate(pair));
        assertEquals(1, runs.of("rate"));
        admin.ratesChanged();
        rates.rate(pair);
        assertEquals(2, runs.of("rate"), "deleted by a session bean's Memoizer");
    }

    @Test
    void aSessionBeanDeletesOneResultOrAll() {
        runs.reset();
        String kept = unique("kept");
        String repriced = unique("repriced");
        prices.price(kept);
        prices.price(repriced);
        admin.repriced(repriced);
        prices.price(kept);
        prices.price(repriced);
        assertEquals(3, runs.of("price"), "only the repriced one ran again");
        admin.repricedAll();
        prices.price(kept);
        prices.price(repriced);
        assertEquals(5, runs.of("price"), "both ran again");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
