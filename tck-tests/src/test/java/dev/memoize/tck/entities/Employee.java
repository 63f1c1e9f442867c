package dev.memoize.tck.entities;

import jakarta.persistence.Entity;

@Entity
public class Employee extends Person {

    protected Employee() {
    }

    public Employee(String name) {
        super(name);
    }
}
