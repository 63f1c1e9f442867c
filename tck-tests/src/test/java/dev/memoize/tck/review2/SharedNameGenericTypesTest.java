package dev.memoize.tck.review2;

import dev.memoize.tck.generics.Rows;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * REVIEW2: one explicit name on a generic base's method, inherited by two bean classes whose type arguments differ
 * ({@code SharedDao<UserRow>}, {@code SharedDao<OrderRow>}). The deployment accepts the shared name (the same
 * method shared on purpose), and the library keeps the two apart only by checking a stored value's class against
 * the result type resolved on each bean class. DESIGN.md: "A value of the wrong type for a method ... is a miss,
 * never returned."
 */
@ExtendWith(ArquillianExtension.class)
class SharedNameGenericTypesTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Rows.class, Rows.UserRow.class, Rows.OrderRow.class, SharedDao.class,
                SharedUsers.class, SharedOrders.class);
    }

    @Inject
    SharedUsers users;

    @Inject
    SharedOrders orders;

    @Inject
    Runs runs;

    /**
     * PASSES on Caffeine (by value and by reference): a stored UserRow does not fit OrderRow, so it is a miss for the
     * other bean class. FAILS on Hazelcast: the distributed local tier (LocalTier.get, called from CallProtocol.call)
     * holds results per function and key and returns them with no check of the plan's result type, so SharedOrders
     * is served the UserRow SharedUsers just read or stored.
     */
    @Test
    void aStoredRowOfTheOtherTableIsAMiss() throws Exception {
        runs.reset();
        assertEquals(new Rows.UserRow(1, "users"), users.find(1L));
        Object row = orders.find(1L);
        assertEquals(new Rows.OrderRow(1, "orders"), row);
    }

    /**
     * FAILS: a single-flight waiter of SharedOrders.find joins the flight that SharedUsers.find leads (the flight
     * key is the cache key and the cache state, not the plan) and is handed the leader's UserRow, which no check of
     * the result type sees. Assertion: "the orders caller is served the users row".
     */
    @Test
    void aSingleFlightWaiterOfAnotherBeanClassNeverGetsTheLeadersRow() throws Exception {
        runs.reset();
        users.holdNext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> leader = pool.submit(() -> users.find(2L));
            assertEquals(true, users.awaitEntered());
            Future<Object> waiter = pool.submit(() -> {
                Object row = orders.find(2L); // Object: the generic call site's checkcast would throw here
                return row;
            });
            Thread.sleep(300); // the orders caller joins the users flight
            users.release();
            assertEquals(new Rows.UserRow(2, "users"), leader.get(10, TimeUnit.SECONDS));
            assertEquals(new Rows.OrderRow(2, "orders"), waiter.get(10, TimeUnit.SECONDS),
                    "the orders caller is served the users row");
        } finally {
            users.release();
            pool.shutdownNow();
        }
    }

    /**
     * FAILS: {@code Optional<T>} resolves to the raw {@code Optional} on both bean classes, so an Optional of a
     * UserRow stored by SharedUsers.findOptional is a hit for SharedOrders.findOptional: a sequential, ordinary
     * use serves another table's row. Assertion: "the orders caller is served Optional[UserRow]".
     */
    @Test
    void anOptionalOfTheOtherTablesRowIsNeverServed() {
        runs.reset();
        assertEquals(Optional.of(new Rows.UserRow(3, "users")), users.findOptional(3L));
        Optional<?> served = orders.findOptional(3L);
        assertEquals(Optional.of(new Rows.OrderRow(3, "orders")), served,
                "the orders caller is served Optional[UserRow]");
    }

    /** FAILS: the same with {@code List<T>}. Assertion: "the orders caller is served [UserRow]". */
    @Test
    void aListOfTheOtherTablesRowsIsNeverServed() {
        runs.reset();
        assertEquals(List.of(new Rows.UserRow(4, "users")), users.findAll(4L));
        List<?> served = orders.findAll(4L);
        assertEquals(List.of(new Rows.OrderRow(4, "orders")), served, "the orders caller is served [UserRow]");
    }
}
