package dev.memoize.tck.review2;

import dev.memoize.MemoizedMethod;
import dev.memoize.Memoizer;
import dev.memoize.tck.review2.Review2Beans.*;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.SeContainers;
import dev.memoize.tck.support.TestConfig;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.util.AnnotationLiteral;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Review probes of the type-safe deletes (issue #13 item 4): each memoizes a result (a hit proves it), deletes it
 * by method reference, and checks that the result is recomputed (or that the delete throws a clear
 * IllegalArgumentException); never a silent no-op.
 */
class Review2DeleteProbeTest {

    static SeContainer boot(Class<?>... beans) {
        List<Class<?>> all = new ArrayList<>(List.of(Runs.class, TestConfig.class));
        all.addAll(List.of(beans));
        return SeContainers.withMemoize().addBeanClasses(all.toArray(Class<?>[]::new)).initialize();
    }

    static final class AuditedLiteral extends AnnotationLiteral<Audited> implements Audited {
    }

    /** README: "7L for a long compiles and 7 does not". It does compile (unboxing + widening). */
    @Test
    void anIntLiteralForALongParameterEitherDeletesOrThrows() {
        try (SeContainer c = boot(Ids.class)) {
            Ids ids = c.select(Ids.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            ids.find(42L);
            ids.find(42L);
            assertEquals(1, runs.of("ids.find"));
            try {
                memoizer.deleteMemoized((MemoizedMethod.Of1<Ids, Integer, ?>) Ids::find, 42); // a cast the user may write
            } catch (IllegalArgumentException clear) {
                System.out.println("PROBE int-for-long: " + clear.getMessage());
                return;
            }
            ids.find(42L);
            assertEquals(2, runs.of("ids.find"), "delete(Ids::find, 42) returned normally but deleted nothing");
        }
    }

    /** find(long) next to find(Long): the reference can only name find(long) with an Integer type argument. */
    @Test
    void thePrimitiveOverloadCanBeNamed() {
        try (SeContainer c = boot(Boxes.class)) {
            Boxes boxes = c.select(Boxes.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            boxes.find(7L);      // find(long)
            boxes.find(Long.valueOf(7)); // find(Long)
            boxes.find(7L);
            boxes.find(Long.valueOf(7));
            assertEquals(1, runs.of("boxes.prim"));
            assertEquals(1, runs.of("boxes.boxed"));

            memoizer.<Boxes, Long>deleteMemoized(Boxes::find, 7L); // names find(Long) (strict phase)
            boxes.find(7L);
            boxes.find(Long.valueOf(7));
            assertEquals(1, runs.of("boxes.prim"), "find(long) kept");
            assertEquals(2, runs.of("boxes.boxed"), "find(Long) deleted");

            // find(long) can only be named with an Integer type argument: 7 is widened to 7L, as a call's would be
            memoizer.deleteMemoized((MemoizedMethod.Of1<Boxes, Integer, ?>) Boxes::find, 7);
            boxes.find(7L);
            boxes.find(Long.valueOf(7));
            assertEquals(2, runs.of("boxes.prim"), "find(long)'s result for 7L deleted");
            assertEquals(2, runs.of("boxes.boxed"), "find(Long)'s kept");
        }
    }

    @Test
    void aGenericInterfaceWithBridgesDeletesExactlyTheImplementationTheArgumentsFit() {
        try (SeContainer c = boot(UserRepo.class, OrderRepo.class)) {
            UserRepo users = c.select(UserRepo.class).get();
            OrderRepo orders = c.select(OrderRepo.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            users.findById(42L);
            orders.findById("42");
            users.findById(42L);
            orders.findById("42");
            assertEquals(1, runs.of("userRepo.findById"));
            assertEquals(1, runs.of("orderRepo.findById"));

            memoizer.deleteMemoized(Repository<String, Long>::findById, 42L);
            users.findById(42L);
            orders.findById("42");
            assertEquals(2, runs.of("userRepo.findById"), "deleted through the generic interface");
            assertEquals(1, runs.of("orderRepo.findById"), "the other implementation kept");

            memoizer.deleteMemoized(Repository<String, String>::findById, "42");
            orders.findById("42");
            users.findById(42L);
            assertEquals(2, runs.of("orderRepo.findById"));
            assertEquals(2, runs.of("userRepo.findById"));

            memoizer.deleteMemoized(UserRepo::findById, 42L);
            users.findById(42L);
            assertEquals(3, runs.of("userRepo.findById"), "by the bean class");
        }
    }

    @Test
    void aCovariantOverrideCalledThroughItsInterface() {
        try (SeContainer c = boot(CovariantFinder.class)) {
            Finder finder = c.select(Finder.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            finder.find(5L);
            finder.find(5L);
            assertEquals(1, runs.of("covariant.find"), "memoized through the interface (bridge)");
            memoizer.deleteMemoized(Finder::find, 5L);
            finder.find(5L);
            assertEquals(2, runs.of("covariant.find"), "deleted by Finder::find");
            memoizer.deleteMemoized(CovariantFinder::find, 5L);
            finder.find(5L);
            assertEquals(3, runs.of("covariant.find"), "deleted by CovariantFinder::find");
        }
    }

    @Test
    void aDefaultInterfaceMethodUnderTypeLevelMemoize() {
        try (SeContainer c = boot(DefaultGreeter.class)) {
            DefaultGreeter greeter = c.select(DefaultGreeter.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            greeter.greet("ann");
            greeter.greet("ann");
            if (runs.of("greeter.greet") == 2) {
                // not memoized at all: then a delete must throw, not return
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> memoizer.deleteMemoized(Greeter::greet, "ann"));
                System.out.println("PROBE default-method not memoized; delete says: " + e.getMessage());
                return;
            }
            assertEquals(1, runs.of("greeter.greet"));
            memoizer.deleteMemoized(Greeter::greet, "ann");
            greeter.greet("ann");
            assertEquals(2, runs.of("greeter.greet"), "deleted by Greeter::greet");
            memoizer.deleteMemoized(DefaultGreeter::greet, "ann");
            greeter.greet("ann");
            assertEquals(3, runs.of("greeter.greet"), "deleted by DefaultGreeter::greet");
        }
    }

    /** @Inject PlainDao is served by the @Alternative AltDao: PlainDao::find must delete what that caller is served. */
    @Test
    void anAlternativeSubclassServesEveryPlainDaoCaller() {
        try (SeContainer c = boot(PlainDao.class, AltDao.class)) {
            PlainDao dao = c.select(PlainDao.class).get(); // the alternative
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            dao.find(1L);
            dao.find(1L);
            assertEquals(1, runs.of("dao.find"));
            try {
                memoizer.deleteMemoized(PlainDao::find, 1L);
            } catch (IllegalArgumentException clear) {
                System.out.println("PROBE alternative: " + clear.getMessage());
                return;
            }
            dao.find(1L);
            assertEquals(2, runs.of("dao.find"), "deleteMemoized(PlainDao::find, 1L) returned normally, but every "
                    + "@Inject PlainDao caller is still served the old result (the alternative AltDao's function)");
        }
    }

    @Test
    void anAlternativeSubclassByTheStringForms() {
        try (SeContainer c = boot(PlainDao.class, AltDao.class)) {
            PlainDao dao = c.select(PlainDao.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            dao.find(3L);
            dao.find(3L);
            assertEquals(1, runs.of("dao.find"));
            try {
                memoizer.deleteMemoized(PlainDao.class, "find", 3L);
            } catch (IllegalArgumentException clear) {
                System.out.println("PROBE alternative string: " + clear.getMessage());
                return;
            }
            dao.find(3L);
            assertEquals(2, runs.of("dao.find"), "deleteMemoized(PlainDao.class, \"find\", 3L) returned normally, "
                    + "but @Inject PlainDao callers are still served the old result");
        }
    }

    @Test
    void aSpecializingSubclass() {
        try (SeContainer c = boot(BaseDao.class, SpecialDao.class)) {
            BaseDao dao = c.select(BaseDao.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            dao.find(1L);
            dao.find(1L);
            assertEquals(1, runs.of("dao.find"));
            try {
                memoizer.deleteMemoized(BaseDao::find, 1L);
            } catch (IllegalArgumentException clear) {
                System.out.println("PROBE specializes: " + clear.getMessage());
                return;
            }
            dao.find(1L);
            assertEquals(2, runs.of("dao.find"), "deleteMemoized(BaseDao::find, 1L) returned normally, but every "
                    + "@Inject BaseDao caller is still served the old result (@Specializes SpecialDao's function)");
        }
    }

    /** A qualified subclass bean that overrides find (memoized) and calls super. */
    @Test
    void aQualifiedSubclassBeanInjectedAsItsSuperclass() {
        try (SeContainer c = boot(AccountDao.class, AuditedAccountDao.class)) {
            AccountDao audited = c.select(AccountDao.class, new AuditedLiteral()).get();
            AccountDao plain = c.select(AccountDao.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            audited.find(1L);
            audited.find(1L);
            assertEquals(1, runs.of("dao.find"), "the override is memoized, its super call is not intercepted");
            plain.find(1L);
            assertEquals(2, runs.of("dao.find"));

            memoizer.deleteMemoized(AccountDao::find, 1L);
            plain.find(1L);
            assertEquals(3, runs.of("dao.find"), "AccountDao's own result deleted");
            audited.find(1L);
            System.out.println("PROBE qualified subclass: after deleteMemoized(AccountDao::find, 1L) the "
                    + "@Audited AccountDao caller ran the body: " + (runs.of("dao.find") == 4));
            assertEquals(4, runs.of("dao.find"), "an @Inject @Audited AccountDao caller is still served the old "
                    + "result after deleteMemoized(AccountDao::find, 1L)");
        }
    }

    @Test
    void anExplicitSharedName() {
        try (SeContainer c = boot(SharedA.class, SharedB.class)) {
            SharedA a = c.select(SharedA.class).get();
            SharedB b = c.select(SharedB.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            a.find(1L);
            b.find(1L);
            assertEquals(1, runs.of("shared"), "one shared entry");
            memoizer.deleteMemoized(SharedA::find, 1L);
            b.find(1L);
            assertEquals(2, runs.of("shared"), "the shared entry went, whichever bean serves it");
            a.find(1L);
            assertEquals(2, runs.of("shared"));
        }
    }

    @Test
    void anInterfaceMemoizedByOneImplementationOnly() {
        try (SeContainer c = boot(MemoPricing.class, PlainPricing.class)) {
            MemoPricing memo = c.select(MemoPricing.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            memo.price(1L);
            memo.price(1L);
            assertEquals(1, runs.of("memoPricing"));
            memoizer.deleteMemoized(Pricing::price, 1L);
            memo.price(1L);
            assertEquals(2, runs.of("memoPricing"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> memoizer.deleteMemoized(PlainPricing::price, 1L));
            System.out.println("PROBE not memoized on that class: " + e.getMessage());
        }
    }

    @Test
    void aTypeLevelMemoizeOnAGenericBase() {
        try (SeContainer c = boot(TypeLevelDao.class)) {
            TypeLevelDao dao = c.select(TypeLevelDao.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            dao.load(9L);
            dao.load(9L);
            assertEquals(1, runs.of("generic.load"));
            memoizer.deleteMemoized(TypeLevelDao::load, 9L);
            dao.load(9L);
            assertEquals(2, runs.of("generic.load"), "by the bean class");
            memoizer.deleteMemoized(GenericBase<Long>::load, 9L);
            dao.load(9L);
            assertEquals(3, runs.of("generic.load"), "by the generic base");
        }
    }

    @Test
    void varargsByArrayAndByElements() {
        try (SeContainer c = boot(Tags.class)) {
            Tags tags = c.select(Tags.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            tags.tagged("a", "b");
            tags.tagged("a", "b");
            assertEquals(1, runs.of("tags"));
            memoizer.<Tags, String[]>deleteMemoized(Tags::tagged, new String[] {"a", "b"});
            tags.tagged("a", "b");
            assertEquals(2, runs.of("tags"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> memoizer.<Tags, String, String>deleteMemoized(Tags::tagged, "a", "b"));
            System.out.println("PROBE varargs elements: " + e.getMessage());
        }
    }

    @Test
    void referencesToNonBeans() {
        try (SeContainer c = boot(Ids.class)) {
            Memoizer memoizer = c.select(Memoizer.class).get();
            for (Runnable r : List.<Runnable>of(
                    () -> memoizer.deleteMemoized(Object::toString),
                    () -> memoizer.deleteMemoized(String::length),
                    () -> memoizer.deleteMemoized(NotABean::find, 1L),
                    () -> memoizer.deleteMemoized(Object::hashCode),
                    () -> memoizer.deleteMemoized(Object::equals, "x"))) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
                System.out.println("PROBE non-bean: " + e.getMessage());
            }
        }
    }

    /** A serializable reference that was serialized and read back: a class the JVM made for the deserializer. */
    @Test
    void aReferenceReadBackFromItsSerializedForm() throws Exception {
        try (SeContainer c = boot(Ids.class)) {
            Ids ids = c.select(Ids.class).get();
            Runs runs = c.select(Runs.class).get();
            Memoizer memoizer = c.select(Memoizer.class).get();
            MemoizedMethod.Of1<Ids, Long, String> ref = Ids::find;
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(ref);
            }
            @SuppressWarnings("unchecked")
            MemoizedMethod.Of1<Ids, Long, String> back = (MemoizedMethod.Of1<Ids, Long, String>)
                    new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();
            ids.find(11L);
            ids.find(11L);
            assertEquals(1, runs.of("ids.find"));
            memoizer.deleteMemoized(back, 11L);
            ids.find(11L);
            assertEquals(2, runs.of("ids.find"));
        }
    }

    /** The resolution is kept per reference class: the same call site against a second container. */
    @Test
    void oneCallSiteAcrossTwoContainers() {
        for (int round = 0; round < 2; round++) {
            try (SeContainer c = boot(Ids.class)) {
                Ids ids = c.select(Ids.class).get();
                Runs runs = c.select(Runs.class).get();
                Memoizer memoizer = c.select(Memoizer.class).get();
                long id = 1200L + round + System.nanoTime() % 100_000 * 10; // Hazelcast is shared by every container
                ids.find(id);
                ids.find(id);
                assertEquals(1, runs.of("ids.find"));
                memoizer.deleteMemoized(Ids::find, id);
                ids.find(id);
                assertEquals(2, runs.of("ids.find"), "round " + round);
            }
        }
    }
}
