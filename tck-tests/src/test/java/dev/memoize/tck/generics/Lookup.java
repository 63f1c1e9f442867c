package dev.memoize.tck.generics;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;

/** A generic interface with a memoized default method, overridden covariantly by {@link NameLookup}. */
public interface Lookup<T> {

    @Memoize(timeout = 60)
    default T find(String id) {
        runs().tick("Lookup.find");
        throw new IllegalStateException("overridden by NameLookup");
    }

    Runs runs();
}
