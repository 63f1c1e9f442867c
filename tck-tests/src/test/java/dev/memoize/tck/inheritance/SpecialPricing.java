package dev.memoize.tck.inheritance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** A bean that subclasses another bean and overrides its memoized method without @Memoize. */
@ApplicationScoped
@Typed(SpecialPricing.class)
public class SpecialPricing extends BasePricing {

    @Override
    public String price(String sku) {
        runs.tick("special.price");
        return "special:" + super.price(sku);
    }
}
