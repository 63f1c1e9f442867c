package dev.memoize.tck.memoizer.references;

import dev.memoize.MemoizedMethod;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deletes by method reference, checked by the compiler: {@code memoizer.deleteMemoized(UserDao::find, 42L)} drops
 * the one result a call {@code userDao.find(42L)} memoized, in exactly that overload, and
 * {@code memoizer.deleteMemoized(UserDao::find)} every result of its function. Each test memoizes a result (a hit
 * proves it), deletes it, and counts the runs: the deleted result is recomputed, the others stay hits. The tests
 * share one deployment, so each uses arguments of its own.
 */
@ExtendWith(ArquillianExtension.class)
class MethodReferenceDeletesTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(GenericDao.class, UserDao.class, OrderDao.class, UserRepository.class,
                JpaUserRepository.class, Prices.class, Point.class, Lookups.class, Account.class);
    }

    @Inject
    UserDao users;

    @Inject
    OrderDao orders;

    @Inject
    UserRepository repository;

    @Inject
    Prices prices;

    @Inject
    Lookups lookups;

    @Inject
    Account account;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aReferenceToAnInheritedMethodDropsOnlyThatBeanClasssResult() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        users.find(1L);
        orders.find(1L);
        users.find(1L);
        orders.find(1L);
        assertEquals(1, runs.of("users.find"), "memoized: the second call was a hit");
        assertEquals(1, runs.of("orders.find"));

        memoizer.deleteMemoized(UserDao::find, 1L);

        assertEquals("users#1", users.find(1L));
        assertEquals("orders#1", orders.find(1L));
        assertEquals(2, runs.of("users.find"), "the user DAO's result was deleted");
        assertEquals(1, runs.of("orders.find"), "the order DAO's result is still a hit");
        users.find(1L);
        assertEquals(2, runs.of("users.find"), "and the user DAO's is memoized again");
    }

    @Test
    void aReferenceThroughTheGenericBaseDropsTheResultOfEveryBeanClassBelowIt() {
        runs.reset();
        users.find(2L);
        orders.find(2L);
        users.find(3L);

        memoizer.deleteMemoized(GenericDao<Long>::find, 2L); // OrderDao's override is reached through its bridge

        users.find(2L);
        orders.find(2L);
        users.find(3L);
        assertEquals(3, runs.of("users.find"), "the user DAO's result for 2 was deleted, the one for 3 kept");
        assertEquals(2, runs.of("orders.find"), "the order DAO's override's result was deleted");
    }

    @Test
    void aReferenceWithoutArgumentsDropsEveryResultOfThatBeanClasssFunction() {
        runs.reset();
        users.find(4L);
        users.find(5L);
        orders.find(4L);

        memoizer.deleteMemoized(UserDao::find);

        users.find(4L);
        users.find(5L);
        orders.find(4L);
        assertEquals(4, runs.of("users.find"), "every result of the user DAO's function was deleted");
        assertEquals(1, runs.of("orders.find"), "the order DAO's function is another one");

        memoizer.deleteMemoized(GenericDao<Long>::find);

        users.find(4L);
        orders.find(4L);
        assertEquals(5, runs.of("users.find"), "through the base: the user DAO's function");
        assertEquals(2, runs.of("orders.find"), "and the order DAO's");
    }

    @Test
    void onAnOverloadedMethodTheReferenceDropsTheResultOfExactlyThatOverload() {
        runs.reset();
        lookups.find(42L);
        lookups.find("42");
        lookups.find(42L);
        lookups.find("42");
        assertEquals(1, runs.of("find(Long)"));
        assertEquals(1, runs.of("find(String)"));

        memoizer.<Lookups, Long>deleteMemoized(Lookups::find, 42L); // type arguments pick the overload

        assertEquals("long 42", lookups.find(42L));
        assertEquals("string 42", lookups.find("42"));
        assertEquals(2, runs.of("find(Long)"), "find(Long)'s result for 42 was deleted");
        assertEquals(1, runs.of("find(String)"), "find(String)'s result for \"42\" is still a hit");

        memoizer.deleteMemoized((MemoizedMethod.Of1<Lookups, String, ?>) Lookups::find, "42"); // or a cast

        lookups.find(42L);
        lookups.find("42");
        assertEquals(2, runs.of("find(Long)"), "find(Long)'s result is still a hit");
        assertEquals(2, runs.of("find(String)"), "find(String)'s result for \"42\" was deleted");
    }

    @Test
    void argumentsThatFitSeveralOverloadsDropOnlyTheReferencedOnesResult() {
        runs.reset();
        lookups.label(44L);
        lookups.label((Object) 44L);
        assertEquals(1, runs.of("label(Long)"));
        assertEquals(1, runs.of("label(Object)"));

        memoizer.<Lookups, Long>deleteMemoized(Lookups::label, 44L); // 44L fits label(Object) too

        lookups.label(44L);
        lookups.label((Object) 44L);
        assertEquals(2, runs.of("label(Long)"), "label(Long)'s result was deleted");
        assertEquals(1, runs.of("label(Object)"), "label(Object)'s result is still a hit, unlike with the string form");

        memoizer.deleteMemoized("dev.memoize.tck.memoizer.references.Lookups.label", 44L);

        lookups.label(44L);
        lookups.label((Object) 44L);
        assertEquals(3, runs.of("label(Long)"));
        assertEquals(2, runs.of("label(Object)"), "the string form fits the arguments to every overload");
    }

    @Test
    void everyResultOfAnOverloadedMethodIsEveryResultOfTheFunctionItsOverloadsShare() {
        runs.reset();
        lookups.find(43L);
        lookups.find("43");

        memoizer.<Lookups, Long>deleteMemoized(Lookups::find);

        lookups.find(43L);
        lookups.find("43");
        assertEquals(2, runs.of("find(Long)"));
        assertEquals(2, runs.of("find(String)"), "the overloads share one function, so one version: O(1)");
    }

    @Test
    void aReferenceThroughABusinessInterfaceDropsItsImplementationsResult() {
        runs.reset();
        repository.find(7L);
        repository.find(8L);
        repository.find(7L);
        assertEquals(2, runs.of("repository.find"));

        memoizer.deleteMemoized(UserRepository::find, 7L);

        assertEquals("user#7", repository.find(7L));
        repository.find(8L);
        assertEquals(3, runs.of("repository.find"), "7 was deleted, 8 is still a hit");

        memoizer.deleteMemoized(UserRepository::find);

        repository.find(7L);
        repository.find(8L);
        assertEquals(5, runs.of("repository.find"), "every result");
    }

    @Test
    void aTypeLevelMemoizeAndAPrimitiveParameterBoxedAtTheCallSite() {
        runs.reset();
        prices.price(3L);
        prices.price(4L);
        prices.price(3L);
        assertEquals(2, runs.of("price"));

        memoizer.deleteMemoized(Prices::price, 3L); // long id: the compiler boxes 3L; 3 (an int) would not compile

        assertEquals("EUR:3", prices.price(3L));
        prices.price(4L);
        assertEquals(3, runs.of("price"), "3 was deleted, 4 is still a hit");
    }

    @Test
    void aMethodWithoutParameters() {
        runs.reset();
        int first = lookups.count();
        assertEquals(first, lookups.count(), "memoized");

        memoizer.deleteMemoized(Lookups::count);

        assertEquals(first + 1, lookups.count(), "recomputed");
        assertEquals(first + 1, lookups.count(), "and memoized again");
    }

    @Test
    void primitivesRecordsAndSixParameters() {
        runs.reset();
        lookups.page(10L, 20);
        lookups.page(10L, 30);
        lookups.near(new Point(1, 2));
        lookups.near(new Point(2, 1));
        double[] weights = {0.5, 1.5};
        lookups.six("a", 1, 2L, true, 'x', weights);
        lookups.six("a", 1, 2L, true, 'y', weights);

        memoizer.deleteMemoized(Lookups::page, 10L, 20);
        memoizer.deleteMemoized(Lookups::near, new Point(1, 2));
        memoizer.deleteMemoized(Lookups::six, "a", 1, 2L, true, 'x', new double[] {0.5, 1.5});

        lookups.page(10L, 20);
        lookups.page(10L, 30);
        lookups.near(new Point(1, 2));
        lookups.near(new Point(2, 1));
        lookups.six("a", 1, 2L, true, 'x', weights);
        lookups.six("a", 1, 2L, true, 'y', weights);
        assertEquals(3, runs.of("page"), "(10, 20) was deleted, (10, 30) is still a hit");
        assertEquals(3, runs.of("near"), "Point[1, 2] was deleted (an equal record), Point[2, 1] is still a hit");
        assertEquals(3, runs.of("six"), "the call with 'x' was deleted, the one with 'y' is still a hit");
    }

    @Test
    void aVarargsMethodIsNamedWithItsArray() {
        runs.reset();
        lookups.tagged("a", "b");
        lookups.tagged("a", "c");

        memoizer.<Lookups, String[]>deleteMemoized(Lookups::tagged, new String[] {"a", "b"});

        lookups.tagged("a", "b");
        lookups.tagged("a", "c");
        assertEquals(3, runs.of("tagged"), "(a, b) was deleted, (a, c) is still a hit");

        IllegalArgumentException oneByOne = assertThrows(IllegalArgumentException.class,
                () -> memoizer.<Lookups, String, String>deleteMemoized(Lookups::tagged, "a", "b"));
        assertTrue(oneByOne.getMessage().contains("varargs"), oneByOne.getMessage());
    }

    @Test
    void aMethodThatIsNotMemoizedIsRefusedNamingIt() {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(Lookups::plain, 1L));
        assertTrue(plain.getMessage().contains("Lookups::plain"), plain.getMessage());
        assertTrue(plain.getMessage().contains("@Memoize"), plain.getMessage());
        assertThrows(IllegalArgumentException.class, () -> memoizer.deleteMemoized(Lookups::plain));
        assertThrows(IllegalArgumentException.class, () -> memoizer.deleteMemoized(Object::toString));
    }

    @Test
    void whatIsNoUnboundReferenceToABeanMethodIsRefusedWithTheFix() {
        IllegalArgumentException lambda = assertThrows(IllegalArgumentException.class,
                () -> memoizer.<Lookups, Long>deleteMemoized((dao, id) -> dao.find(id), 1L));
        assertTrue(lambda.getMessage().contains("lambda"), lambda.getMessage());

        IllegalArgumentException bound = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(users::find)); // compiles: Of0<Long, ?>, the argument as target
        assertTrue(bound.getMessage().contains("bound method reference"), bound.getMessage());
        assertTrue(bound.getMessage().contains("::find"), bound.getMessage());

        IllegalArgumentException ofStatic = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(MethodReferenceDeletesTest::describe));
        assertTrue(ofStatic.getMessage().contains("static method"), ofStatic.getMessage());

        IllegalArgumentException constructor = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(Point::new, 1)); // compiles: Of1<Integer, Integer, ?>
        assertTrue(constructor.getMessage().contains("constructor"), constructor.getMessage());

        IllegalArgumentException nullPrimitive = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(Prices::price, null));
        assertTrue(nullPrimitive.getMessage().contains("(long)"), nullPrimitive.getMessage());
    }

    @Test
    void aFunctionKeyedByItsTargetCannotDeleteOneResultButCanDeleteEvery() {
        runs.reset();
        account.balance("EUR");
        account.balance("EUR");
        assertEquals(1, runs.of("balance"));

        IllegalArgumentException keyed = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(Account::balance, "EUR"));
        assertTrue(keyed.getMessage().contains("target instance"), keyed.getMessage());
        account.balance("EUR");
        assertEquals(1, runs.of("balance"), "the refused delete deleted nothing");

        memoizer.deleteMemoized(Account::balance);

        account.balance("EUR");
        assertEquals(2, runs.of("balance"), "every result was deleted");
    }

    private static String describe(Lookups lookups) {
        return lookups.toString();
    }
}
