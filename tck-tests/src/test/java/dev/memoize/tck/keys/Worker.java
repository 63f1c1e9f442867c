package dev.memoize.tck.keys;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** A plain service bean: no identity of its own, so every instance shares results. */
@Dependent
public class Worker {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String work(String job) {
        return job + " #" + runs.tick("work");
    }
}
