package dev.memoize.examples;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A person holds a role. */
@Entity
public class Membership {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Person person;

    private long roleId;

    protected Membership() {
    }

    public Membership(Person person, long roleId) {
        this.person = person;
        this.roleId = roleId;
    }
}
