package dev.memoize.tck.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Membership {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person person;

    private long roleId;

    protected Membership() {
    }

    public Membership(Person person, long roleId) {
        this.person = person;
        this.roleId = roleId;
    }
}
