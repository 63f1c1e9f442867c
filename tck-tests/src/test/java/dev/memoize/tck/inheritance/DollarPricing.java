package dev.memoize.tck.inheritance;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

@Memoize(timeout = 60)
@ApplicationScoped
public class DollarPricing extends Pricing {

    public DollarPricing() {
        super("USD");
    }
}
