package dev.memoize.tck.entities;

import dev.memoize.MemoizedFunction;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.LogRecorder;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Persistence;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static dev.memoize.tck.entities.MembershipService.HAS_MEMBERSHIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JPA entities key as RootEntityName#id: loaded, detached, merged or lazy proxy alike, with real Hibernate on H2. */
@ExtendWith(ArquillianExtension.class)
class EntityKeysTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Jpa.class, MembershipService.class, Person.class, Employee.class, Membership.class,
                OrderLine.class, OrderLineId.class, Shipment.class, ShipmentId.class, Tag.class);
    }

    @Inject
    MembershipService memberships;

    @Inject
    Jpa jpa;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    private Person persistMember(String name, long roleId) {
        return jpa.inTransaction(em -> {
            Person person = new Person(name);
            em.persist(person);
            em.persist(new Membership(person, roleId));
            return person;
        });
    }

    @Test
    void manyCallsIssueOneQueryAndADeleteIssuesAFreshOne() {
        Person alice = persistMember("alice", 7L);
        long before = jpa.statements();
        for (int i = 0; i < 20; i++) {
            assertTrue(memberships.hasMembership(alice, 7L));
        }
        assertEquals(1, jpa.statements() - before, "one query for twenty calls");

        memoizer.deleteMemoized(HAS_MEMBERSHIP, alice, 7L);
        assertTrue(memberships.hasMembership(alice, 7L));
        assertTrue(memberships.hasMembership(alice, 7L));
        assertEquals(2, jpa.statements() - before, "a fresh query after deleting that result");

        memoizer.deleteMemoized(HAS_MEMBERSHIP);
        assertTrue(memberships.hasMembership(alice, 7L));
        assertEquals(3, jpa.statements() - before, "and after deleting every result");
    }

    @Test
    void loadedDetachedMergedAndProxyCopiesShareOneKeyAndTheProxyStaysUnloaded() {
        Person bob = persistMember("bob", 3L);
        Long id = bob.getId();
        runs.reset();
        Person loaded = jpa.inTransaction(em -> em.find(Person.class, id));
        assertTrue(memberships.hasMembership(loaded, 3L));

        Person detached = jpa.inTransaction(em -> em.find(Person.class, id)); // its manager is closed
        detached.setName("bob, renamed"); // toString changes; the key must not
        Person merged = jpa.inTransaction(em -> em.merge(detached));
        assertTrue(memberships.hasMembership(detached, 3L));
        assertTrue(memberships.hasMembership(merged, 3L));

        EntityManager em = jpa.entityManager();
        try {
            Person proxy = em.getReference(Person.class, id);
            assertFalse(Persistence.getPersistenceUtil().isLoaded(proxy), "a lazy proxy");
            long before = jpa.statements();
            assertTrue(memberships.hasMembership(proxy, 3L));
            assertEquals(0, jpa.statements() - before, "keying the proxy issued no SQL");
            assertFalse(Persistence.getPersistenceUtil().isLoaded(proxy), "and did not load it");
        } finally {
            em.close();
        }
        assertEquals(1, runs.of("hasMembership"), "four forms of bob, one computation");
        assertTrue(Caches.keys(HAS_MEMBERSHIP).contains(HAS_MEMBERSHIP + "|Person#" + id + "|3L"),
                Caches.keys(HAS_MEMBERSHIP).toString());
    }

    @Test
    void compositeIdsPropertyAccessAndInheritanceKeyAsDocumented() {
        Employee carol = jpa.inTransaction(em -> {
            Employee employee = new Employee("carol");
            em.persist(employee);
            return employee;
        });
        memberships.describe(new OrderLine(7L, 1));
        memberships.describe(new Shipment(new ShipmentId("dhl", 42L)));
        memberships.describe(new Tag("java"));
        memberships.describe(carol);
        List<String> keys = Caches.keys("dev.memoize.tck.entities.MembershipService.describe");
        String prefix = "dev.memoize.tck.entities.MembershipService.describe|";
        assertTrue(keys.contains(prefix + "OrderLine#(line=1,orderId=7)"), keys.toString());
        assertTrue(keys.contains(prefix + "Shipment#(carrier=\"dhl\",number=42)"), keys.toString());
        assertTrue(keys.contains(prefix + "Label#\"java\""), keys.toString());
        assertTrue(keys.contains(prefix + "Person#" + carol.getId()), "a subclass keys under its root entity: " + keys);
    }

    @Test
    void anEntityWithoutAnIdRunsUnmemoizedWithOneWarning() {
        try (LogRecorder log = LogRecorder.start()) {
            runs.reset();
            Person transientPerson = new Person("dave");
            memberships.describe(transientPerson);
            memberships.describe(transientPerson);
            assertEquals(2, runs.of("describe"));
            List<String> warnings = log.warnings("MembershipService.describe");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("JPA entity without an id yet"), warnings.get(0));
        }
    }

    @Test
    void aTargetEntityWithoutAnIdRunsUnmemoizedRatherThanSharingOneResult() {
        try (LogRecorder log = LogRecorder.start()) {
            MemoizedFunction function = memoizer.function("entities.ownerReport", Duration.ofMinutes(1));
            Person first = new Person("erin");
            Person second = new Person("frank");
            assertEquals("erin", function.callOn(first, first::getName));
            assertEquals("frank", function.callOn(second, second::getName),
                    "another unsaved entity must not be served the first one's result");
            assertEquals(1, log.warnings("entities.ownerReport").size());
            assertTrue(log.warnings("entities.ownerReport").get(0).contains("the target"));
        }
    }
}
