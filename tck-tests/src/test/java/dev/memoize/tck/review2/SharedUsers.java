package dev.memoize.tck.review2;

import dev.memoize.tck.generics.Rows;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SharedUsers extends SharedDao<Rows.UserRow> {

    @Override
    protected Rows.UserRow row(long id) {
        return new Rows.UserRow(id, "users");
    }

    @Override
    protected String table() {
        return "users";
    }
}
