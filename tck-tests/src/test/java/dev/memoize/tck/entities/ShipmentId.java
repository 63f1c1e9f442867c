package dev.memoize.tck.entities;

import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ShipmentId implements Serializable {

    private String carrier;
    private long number;

    protected ShipmentId() {
    }

    public ShipmentId(String carrier, long number) {
        this.carrier = carrier;
        this.number = number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShipmentId other && other.carrier.equals(carrier) && other.number == number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(carrier, number);
    }
}
