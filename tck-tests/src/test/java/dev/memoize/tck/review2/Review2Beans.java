package dev.memoize.tck.review2;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Specializes;
import jakarta.inject.Inject;
import jakarta.inject.Qualifier;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Beans of the review probes (issue #13 items 3 and 4). */
public final class Review2Beans {

    private Review2Beans() {
    }

    /** A memoized method with a primitive long parameter. */
    @ApplicationScoped
    public static class Ids {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String find(long id) {
            return "id" + id + "#" + runs.tick("ids.find");
        }
    }

    /** Overloads find(long) and find(Long), both memoized under the default (shared) name. */
    @ApplicationScoped
    public static class Boxes {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String find(long id) {
            return "prim" + id + "#" + runs.tick("boxes.prim");
        }

        @Memoize(timeout = 60)
        public String find(Long id) {
            return "boxed" + id + "#" + runs.tick("boxes.boxed");
        }
    }

    /** A generic repository interface: implementations get bridge methods. */
    public interface Repository<T, ID> {
        T findById(ID id);
    }

    @ApplicationScoped
    public static class UserRepo implements Repository<String, Long> {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        @Override
        public String findById(Long id) {
            return "user" + id + "#" + runs.tick("userRepo.findById");
        }
    }

    @ApplicationScoped
    public static class OrderRepo implements Repository<String, String> {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        @Override
        public String findById(String id) {
            return "order" + id + "#" + runs.tick("orderRepo.findById");
        }
    }

    /** Covariant return through an interface. */
    public interface Finder {
        Object find(Long id);
    }

    @ApplicationScoped
    public static class CovariantFinder implements Finder {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        @Override
        public String find(Long id) {
            return "cov" + id + "#" + runs.tick("covariant.find");
        }
    }

    /** A default interface method, memoized through a type-level @Memoize on the bean class. */
    public interface Greeter {
        default String greet(String name) {
            return "hello " + name + "#" + counter().tick("greeter.greet");
        }

        Runs counter();
    }

    @Memoize(timeout = 60)
    @ApplicationScoped
    public static class DefaultGreeter implements Greeter {
        @Inject
        Runs runs;

        @Override
        public Runs counter() {
            return runs;
        }
    }

    /** The "original" DAO and an @Alternative that replaces it for every @Inject PlainDao. */
    @ApplicationScoped
    public static class PlainDao {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String find(Long id) {
            return "plain" + id + "#" + runs.tick("dao.find");
        }
    }

    @Alternative
    @Priority(10)
    @ApplicationScoped
    public static class AltDao extends PlainDao {
    }

    /** The same shape with @Specializes. */
    @ApplicationScoped
    public static class BaseDao {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String find(Long id) {
            return "base" + id + "#" + runs.tick("dao.find");
        }
    }

    @Specializes
    @ApplicationScoped
    public static class SpecialDao extends BaseDao {
    }

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Audited {
    }

    /** A DAO and a qualified subclass bean that overrides find and calls super. */
    @ApplicationScoped
    public static class AccountDao {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String find(Long id) {
            return "acct" + id + "#" + runs.tick("dao.find");
        }
    }

    @Audited
    @ApplicationScoped
    public static class AuditedAccountDao extends AccountDao {
        @Memoize(timeout = 60)
        @Override
        public String find(Long id) {
            return "audited:" + super.find(id);
        }
    }

    /** Two bean classes that share one inherited function by an explicit name. */
    public abstract static class SharedBase {
        @Inject
        Runs runs;

        @Memoize(name = "review2.shared", timeout = 60)
        public String find(Long id) {
            return "shared" + id + "#" + runs.tick("shared");
        }
    }

    @ApplicationScoped
    public static class SharedA extends SharedBase {
    }

    @ApplicationScoped
    public static class SharedB extends SharedBase {
    }

    /** One interface, memoized by one bean class and not by the other. */
    public interface Pricing {
        String price(Long id);
    }

    @ApplicationScoped
    public static class MemoPricing implements Pricing {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        @Override
        public String price(Long id) {
            return "memo" + id + "#" + runs.tick("memoPricing");
        }
    }

    @ApplicationScoped
    public static class PlainPricing implements Pricing {
        @Override
        public String price(Long id) {
            return "plain" + id;
        }
    }

    /** A generic base without annotation, memoized through a type-level @Memoize on the bean class. */
    public abstract static class GenericBase<K> {
        @Inject
        Runs runs;

        public String load(K key) {
            return "load" + key + "#" + runs.tick("generic.load");
        }
    }

    @Memoize(timeout = 60)
    @ApplicationScoped
    public static class TypeLevelDao extends GenericBase<Long> {
    }

    /** A varargs method. */
    @ApplicationScoped
    public static class Tags {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String tagged(String... tags) {
            return String.join(",", tags) + "#" + runs.tick("tags");
        }
    }

    /** No bean at all. */
    public static class NotABean {
        public String find(Long id) {
            return "x" + id;
        }
    }
}
