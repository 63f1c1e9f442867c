package dev.memoize.tck.server.ear.b;

import dev.memoize.Memoize;
import dev.memoize.tck.server.ear.ejb.RunCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** WAR b's offers, memoized as instances of its own {@link Offer}. */
@ApplicationScoped
public class Offers {

    @Inject
    RunCounts runs;

    @Memoize(timeout = 600)
    public Offer offer(String item) {
        return new Offer(item, runs.tick("offer-b"));
    }
}
