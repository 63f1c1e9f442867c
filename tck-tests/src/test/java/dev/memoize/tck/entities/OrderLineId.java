package dev.memoize.tck.entities;

import java.io.Serializable;
import java.util.Objects;

public class OrderLineId implements Serializable {

    private long orderId;
    private int line;

    public OrderLineId() {
    }

    public OrderLineId(long orderId, int line) {
        this.orderId = orderId;
        this.line = line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && other.orderId == orderId && other.line == line;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, line);
    }
}
