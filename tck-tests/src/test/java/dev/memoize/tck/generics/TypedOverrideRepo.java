package dev.memoize.tck.generics;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

/** A type-level @Memoize bean that overrides the generic finder with its own (covariant) one: a bridge too. */
@Memoize(timeout = 60)
@ApplicationScoped
public class TypedOverrideRepo extends GenericDao<Rows.UserRow> {

    @Override
    public Rows.UserRow find(long id) {
        runs.tick("typed.find");
        return new Rows.UserRow(id, "typed");
    }

    @Override
    protected Rows.UserRow row(long id) {
        return new Rows.UserRow(id, "typed-row");
    }

    @Override
    protected String table() {
        return "typed";
    }
}
