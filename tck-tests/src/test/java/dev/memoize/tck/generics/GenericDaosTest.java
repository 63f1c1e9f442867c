package dev.memoize.tck.generics;

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
class GenericDaosTest {

    private static final String USER_FIND = "dev.memoize.tck.generics.UserRepo.find";

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
     * The result type is resolved on the bean class ({@code T} of {@code GenericDao<UserRow>} is {@code UserRow}),
     * not erased to {@code Object}: otherwise a programmatic call could store an OrderRow that the next intercepted
     * caller of UserRepo.find would get as a ClassCastException.
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
