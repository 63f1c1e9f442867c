package dev.memoize.tck.inheritance;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A memoized method inherited by several bean classes is one function per bean class, named after it: results of
 * two bean classes are never shared unless the method gives them one explicit name. Each test uses ids of its own,
 * since the tests share one deployment and its memoized results.
 */
@ExtendWith(ArquillianExtension.class)
class InheritedMethodsTest {

    private static final String USER_FIND = "dev.memoize.tck.inheritance.UserDao.find";

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Dao.class, UserDao.class, OrderDao.class, Pricing.class, EuroPricing.class,
                DollarPricing.class, Mirror.class, EuMirror.class, UsMirror.class);
    }

    @Inject
    UserDao users;

    @Inject
    OrderDao orders;

    @Inject
    EuroPricing euros;

    @Inject
    DollarPricing dollars;

    @Inject
    EuMirror euMirror;

    @Inject
    UsMirror usMirror;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void twoDaosInheritingOneFinderKeepTheirResultsApart() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals("users#1", users.find(1L));
        assertEquals("orders#1", orders.find(1L), "the order DAO is never served the user DAO's row");
        assertEquals("users#1", users.find(1L));
        assertEquals("orders#1", orders.find(1L));
        assertEquals(1, runs.of("users.find"), "the user's second call was a hit");
        assertEquals(1, runs.of("orders.find"), "the order's second call was a hit");
    }

    @Test
    void aTypeLevelMemoizeOnTwoSubclassesKeepsTheirResultsApart() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals("EUR:42", euros.price(42L));
        assertEquals("USD:42", dollars.price(42L), "the dollar caller is never served the euro price");
        assertEquals("EUR:42", euros.price(42L));
        assertEquals("USD:42", dollars.price(42L));
        assertEquals(1, runs.of("EUR.price"), "the euro's second call was a hit");
        assertEquals(1, runs.of("USD.price"), "the dollar's second call was a hit");
    }

    @Test
    void theDefaultNameIsTheBeanClassSoADeleteByNameDropsOnlyThatBeansResult() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals("users#2", users.find(2L));
        assertEquals("orders#2", orders.find(2L));

        memoizer.deleteMemoized(USER_FIND, 2L);

        assertEquals("users#2", users.find(2L));
        assertEquals("orders#2", orders.find(2L));
        assertEquals(2, runs.of("users.find"), "the user's result was deleted");
        assertEquals(1, runs.of("orders.find"), "the order's result is still a hit");
        users.find(2L);
        assertEquals(2, runs.of("users.find"), "and the user's is memoized again");
    }

    @Test
    void aDeleteByBeanClassAndMethodDropsOnlyThatBeansResult() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals("users#3", users.find(3L));
        assertEquals("orders#3", orders.find(3L));

        memoizer.deleteMemoized(UserDao.class, "find", 3L);

        assertEquals("users#3", users.find(3L));
        assertEquals("orders#3", orders.find(3L));
        assertEquals(2, runs.of("users.find"), "the user's result was deleted");
        assertEquals(1, runs.of("orders.find"), "the order's result is still a hit");
        users.find(3L);
        assertEquals(2, runs.of("users.find"), "and the user's is memoized again");
    }

    @Test
    void aDeleteNamingTheAbstractBaseDropsTheResultsOfEveryBeanBelowIt() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals("users#4", users.find(4L));
        assertEquals("orders#4", orders.find(4L));
        users.find(4L);
        orders.find(4L);
        assertEquals(1, runs.of("users.find"));
        assertEquals(1, runs.of("orders.find"));

        memoizer.deleteMemoized(Dao.class, "find");

        assertEquals("users#4", users.find(4L));
        assertEquals("orders#4", orders.find(4L));
        assertEquals(2, runs.of("users.find"), "the user's result was deleted");
        assertEquals(2, runs.of("orders.find"), "the order's result was deleted");
    }

    /**
     * The mirrors serve one read-only archive, so {@code Mirror.find} is named {@code "shared.find"} explicitly:
     * both bean classes share its results on purpose (the row says which mirror computed it), and one delete by that
     * name drops the result for both.
     */
    @Test
    void anExplicitNameOnTheBaseMethodSharesResultsBetweenSubclassesOnPurpose() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals("row#7 via eu", euMirror.find(7L));
        assertEquals("row#7 via eu", usMirror.find(7L), "shared on purpose: the US mirror is served the EU row");
        assertEquals(1, runs.of(Mirror.SHARED));

        memoizer.deleteMemoized(Mirror.SHARED, 7L);

        assertEquals("row#7 via us", usMirror.find(7L));
        assertEquals("row#7 via us", euMirror.find(7L));
        assertEquals(2, runs.of(Mirror.SHARED), "recomputed once, then shared again");
    }
}
