package dev.memoize.tck.memoizer.references;

import jakarta.enterprise.context.ApplicationScoped;

/** Inherits {@code find} as it is: its plan's method is {@code GenericDao.find(Object)}. */
@ApplicationScoped
public class UserDao extends GenericDao<Long> {

    @Override
    protected String table() {
        return "users";
    }
}
