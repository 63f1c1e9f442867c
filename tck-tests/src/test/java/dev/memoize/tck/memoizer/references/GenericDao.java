package dev.memoize.tck.memoizer.references;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

/** A generic DAO base: its memoized finder is inherited by every DAO bean, one function per bean class. */
public abstract class GenericDao<K> {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String find(K id) {
        runs.tick(table() + ".find");
        return table() + "#" + id;
    }

    protected abstract String table();
}
