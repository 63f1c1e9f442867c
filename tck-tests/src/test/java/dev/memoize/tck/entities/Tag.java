package dev.memoize.tck.entities;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Property access: the id is read through its getter. */
@Entity(name = "Label")
@Access(AccessType.PROPERTY)
public class Tag {

    private String code;

    protected Tag() {
    }

    public Tag(String code) {
        this.code = code;
    }

    @Id
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
