package dev.memoize.tck.sharednames;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

/** A base whose finder two bean classes share on purpose, through one explicit name. */
public abstract class LookupBase {

    public static final String NAME = "review.shared.lookup";

    @Inject
    Runs runs;

    @Memoize(name = NAME, timeout = 60)
    public String lookup(int id) {
        runs.tick("lookup:" + scope());
        return scope() + "#" + id;
    }

    protected abstract String scope();
}
