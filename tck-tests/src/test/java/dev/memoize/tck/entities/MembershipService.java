package dev.memoize.tck.entities;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The seed's scenario: is this person a member in this role? One SQL query per computation. */
@ApplicationScoped
public class MembershipService {

    static final String HAS_MEMBERSHIP = "dev.memoize.tck.entities.MembershipService.hasMembership";

    @Inject
    Jpa jpa;

    @Inject
    Runs runs;

    @Memoize(timeout = 50)
    public boolean hasMembership(Person person, long roleId) {
        runs.tick("hasMembership");
        return jpa.inTransaction(em -> em.createQuery(
                        "select count(m) from Membership m where m.person = :person and m.roleId = :role", Long.class)
                .setParameter("person", person)
                .setParameter("role", roleId)
                .getSingleResult() > 0);
    }

    @Memoize(timeout = 50)
    public String describe(Object entity) {
        runs.tick("describe");
        return "described #" + runs.of("describe");
    }
}
