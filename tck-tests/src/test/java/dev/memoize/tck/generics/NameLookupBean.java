package dev.memoize.tck.generics;

import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Inherits only {@link NameLookup#find(String)}: {@link Lookup#find(String)} never runs on it. */
@ApplicationScoped
public class NameLookupBean implements NameLookup {

    @Inject
    Runs runs;

    @Override
    public Runs runs() {
        return runs;
    }
}
