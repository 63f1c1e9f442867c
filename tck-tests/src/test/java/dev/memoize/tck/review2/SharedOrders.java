package dev.memoize.tck.review2;

import dev.memoize.tck.generics.Rows;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SharedOrders extends SharedDao<Rows.OrderRow> {

    @Override
    protected Rows.OrderRow row(long id) {
        return new Rows.OrderRow(id, "orders");
    }

    @Override
    protected String table() {
        return "orders";
    }
}
