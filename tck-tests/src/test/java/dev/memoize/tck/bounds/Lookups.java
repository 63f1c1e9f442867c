package dev.memoize.tck.bounds;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

/** The shape: a lookup by id returning 200 characters, memoized with the defaults. */
@ApplicationScoped
public class Lookups {

    private static final String PADDING = "x".repeat(190);

    @Memoize(timeout = 600)
    public String lookup(long id) {
        return String.format("%010d", id) + PADDING;
    }
}
