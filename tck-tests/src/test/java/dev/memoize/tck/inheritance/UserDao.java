package dev.memoize.tck.inheritance;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserDao extends Dao {

    @Override
    protected String table() {
        return "users";
    }
}
