package dev.memoize.tck.entities;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A composite id declared with @EmbeddedId. */
@Entity
public class Shipment {

    @EmbeddedId
    private ShipmentId id;

    protected Shipment() {
    }

    public Shipment(ShipmentId id) {
        this.id = id;
    }
}
