package dev.memoize.tck.generics;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrderRepo extends GenericDao<Rows.OrderRow> {

    @Override
    protected Rows.OrderRow row(long id) {
        return new Rows.OrderRow(id, "orders");
    }

    @Override
    protected String table() {
        return "orders";
    }
}
