package dev.memoize.tck.generics;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserRepo extends GenericDao<Rows.UserRow> {

    @Override
    protected Rows.UserRow row(long id) {
        return new Rows.UserRow(id, "users");
    }

    @Override
    protected String table() {
        return "users";
    }
}
