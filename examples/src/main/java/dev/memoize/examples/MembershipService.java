package dev.memoize.examples;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/** The seed's example: does this person hold this role? A query each time, unless memoized. */
@ApplicationScoped
public class MembershipService {

    public static final String HAS_MEMBERSHIP = "dev.memoize.examples.MembershipService.hasMembership";

    private final AtomicLong bodyRuns = new AtomicLong();

    @Inject
    Database database;

    @Memoize(timeout = 50)
    public boolean hasMembership(Person person, long roleId) {
        bodyRuns.incrementAndGet();
        return query(person, roleId);
    }

    /** The same question without memoization, for comparison. */
    public boolean hasMembershipUnmemoized(Person person, long roleId) {
        return query(person, roleId);
    }

    public long bodyRuns() {
        return bodyRuns.get();
    }

    private boolean query(Person person, long roleId) {
        return database.inTransaction(em -> em.createQuery(
                        "select count(m) from Membership m where m.person.id = :person and m.roleId = :role", Long.class)
                .setParameter("person", person.getId())
                .setParameter("role", roleId)
                .getSingleResult() > 0);
    }
}
