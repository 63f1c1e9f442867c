package dev.memoize.tck.mpconfig;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A class no class-level key names: its function keeps its annotation's minute unless a key names it. */
@ApplicationScoped
public class Tides {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String high(String harbour) {
        return harbour + " #" + runs.tick("high");
    }
}
