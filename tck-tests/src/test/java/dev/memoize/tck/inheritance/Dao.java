package dev.memoize.tck.inheritance;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

/** A generic DAO base: its memoized finder is inherited by every DAO bean, each reading its own table. */
public abstract class Dao {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String find(long id) {
        runs.tick(table() + ".find");
        return table() + "#" + id;
    }

    protected abstract String table();
}
