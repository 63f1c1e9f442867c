package dev.memoize.tck.inheritance;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

/**
 * Two mirrors of one read-only archive: whichever mirror answers, a row is the same, so the subclasses share their
 * results on purpose, under the explicit name {@value #SHARED}.
 */
public abstract class Mirror {

    static final String SHARED = "shared.find";

    @Inject
    Runs runs;

    @Memoize(name = SHARED, timeout = 60)
    public String find(long id) {
        runs.tick(SHARED);
        return "row#" + id + " via " + site();
    }

    protected abstract String site();
}
