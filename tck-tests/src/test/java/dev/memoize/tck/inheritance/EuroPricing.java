package dev.memoize.tck.inheritance;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

@Memoize(timeout = 60)
@ApplicationScoped
public class EuroPricing extends Pricing {

    public EuroPricing() {
        super("EUR");
    }
}
