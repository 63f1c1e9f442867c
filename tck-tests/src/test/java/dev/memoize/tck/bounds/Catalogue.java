package dev.memoize.tck.bounds;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A function called with many distinct arguments, as a lookup by id is. */
@ApplicationScoped
public class Catalogue {

    static final String BOUNDED = "bounds.item";
    static final String DEFAULT = "bounds.title";

    @Inject
    Runs runs;

    @Memoize(name = BOUNDED, timeout = 600, maxEntries = 2_000)
    public String item(long id) {
        runs.tick("item:" + id);
        return "item " + id;
    }

    @Memoize(name = DEFAULT, timeout = 600)
    public String title(long id) {
        return "title " + id;
    }
}
