package dev.memoize.examples;

import dev.memoize.Memoizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Changes memberships, and drops the memoized answers the change makes wrong. */
@ApplicationScoped
public class Roles {

    @Inject
    Database database;

    @Inject
    Memoizer memoizer;

    public Person addPerson(String name, long... roleIds) {
        return database.inTransaction(em -> {
            Person person = new Person(name);
            em.persist(person);
            for (long roleId : roleIds) {
                em.persist(new Membership(person, roleId));
            }
            return person;
        });
    }

    /** One person loses one role: exactly that answer is dropped. */
    public void revoke(Person person, long roleId) {
        database.inTransaction(em -> em.createQuery(
                        "delete from Membership m where m.person.id = :person and m.roleId = :role")
                .setParameter("person", person.getId()).setParameter("role", roleId).executeUpdate());
        memoizer.deleteMemoized(MembershipService::hasMembership, person, roleId);
    }

    /** Every membership of a role goes: every answer is dropped at once (O(1)). */
    public void revokeEveryone(long roleId) {
        database.inTransaction(em -> em.createQuery("delete from Membership m where m.roleId = :role")
                .setParameter("role", roleId).executeUpdate());
        memoizer.deleteMemoized(MembershipService::hasMembership);
    }
}
