package dev.memoize.examples;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A user of the demo's application. Keys as {@code Person#id}: no toString needed. */
@Entity
public class Person {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected Person() {
    }

    public Person(String name) {
        this.name = name;
    }

    /** A detached reference to a person known only by id (as another cluster member would hold it). */
    public static Person withId(long id) {
        Person person = new Person();
        person.id = id;
        return person;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
