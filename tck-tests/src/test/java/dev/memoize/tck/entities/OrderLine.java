package dev.memoize.tck.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A composite id declared with @IdClass. */
@Entity
@IdClass(OrderLineId.class)
public class OrderLine {

    @Id
    private long orderId;

    @Id
    private int line;

    protected OrderLine() {
    }

    public OrderLine(long orderId, int line) {
        this.orderId = orderId;
        this.line = line;
    }
}
