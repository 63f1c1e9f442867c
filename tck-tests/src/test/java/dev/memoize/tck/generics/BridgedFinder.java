package dev.memoize.tck.generics;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class BridgedFinder implements Finder<Rows.UserRow> {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    @Override
    public Rows.UserRow find(long id) {
        runs.tick("bridged.find");
        return new Rows.UserRow(id, "bridged");
    }
}
