package dev.memoize.tck.memoizer.references;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Overrides the generic finder with {@code find(Long)}: a call of {@code GenericDao.find(Object)} reaches it through
 * the bridge method the compiler made.
 */
@ApplicationScoped
public class OrderDao extends GenericDao<Long> {

    @Override
    @Memoize(timeout = 60)
    public String find(Long id) {
        runs.tick("orders.find");
        return "orders#" + id;
    }

    @Override
    protected String table() {
        return "orders";
    }
}
