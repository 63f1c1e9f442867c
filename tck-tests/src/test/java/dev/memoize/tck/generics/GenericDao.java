package dev.memoize.tck.generics;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

/** A generic DAO base whose memoized finder returns its type parameter (erased to Object). */
public abstract class GenericDao<T> {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public T find(long id) {
        runs.tick(table() + ".find");
        return row(id);
    }

    protected abstract T row(long id);

    protected abstract String table();
}
