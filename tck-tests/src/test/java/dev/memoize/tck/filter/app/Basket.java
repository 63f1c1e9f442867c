package dev.memoize.tck.filter.app;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A mutable result of the application's own: by value, each caller gets a copy made by Java serialization. */
public final class Basket implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> items = new ArrayList<>();

    public Basket add(String item) {
        items.add(item);
        return this;
    }

    public List<String> items() {
        return items;
    }
}
