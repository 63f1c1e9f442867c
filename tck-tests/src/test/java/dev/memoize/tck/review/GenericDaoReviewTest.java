package dev.memoize.tck.review;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Generic DAOs (type parameters, bridge methods) as applications write them. */
@ExtendWith(ArquillianExtension.class)
class GenericDaoReviewTest {

    private static final String USER_FIND = "dev.memoize.tck.review.UserRepo.find";

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Rows.class, Rows.UserRow.class, Rows.OrderRow.class, GenericDao.class, UserRepo.class,
                OrderRepo.class);
    }

    @Inject
    UserRepo users;

    @Inject
    OrderRepo orders;



    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    /** Passes: regression guard for item (1) with a type parameter. */
    @Test
    void twoGenericDaosKeepTheirRowsApart() {
        runs.reset();
        assertEquals(new Rows.UserRow(1, "users"), users.find(1L));
        assertEquals(new Rows.OrderRow(1, "orders"), orders.find(1L));
        assertEquals(new Rows.UserRow(1, "users"), users.find(1L));
        assertEquals(1, runs.of("users.find"));
        assertEquals(1, runs.of("orders.find"));
        memoizer.deleteMemoized(USER_FIND, 1L);
        users.find(1L);
        assertEquals(2, runs.of("users.find"), "the delete took effect");
    }

    /**
     * FAILS (item 9): the refusal checks the erased result type (Object), so a programmatic call of UserRepo.find
     * may store an OrderRow, and the next intercepted caller gets a ClassCastException from the library's value.
     */
    @Test
    void aProgrammaticCallOfAGenericFinderCannotStoreAnotherTablesRow() {
        runs.reset();
        assertThrows(IllegalArgumentException.class,
                () -> memoizer.function(USER_FIND).call(() -> new Rows.OrderRow(5, "orders"), 5L),
                "a programmatic call storing a value UserRepo.find cannot return is refused");
        assertDoesNotThrow(() -> {
            Rows.UserRow row = users.find(5L);
            assertEquals(new Rows.UserRow(5, "users"), row);
        }, "the business call fails because of the stored OrderRow");
    }
}
