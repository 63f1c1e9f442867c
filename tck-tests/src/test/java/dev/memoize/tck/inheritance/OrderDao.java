package dev.memoize.tck.inheritance;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrderDao extends Dao {

    @Override
    protected String table() {
        return "orders";
    }
}
