package dev.memoize.tck.review;

import java.util.ArrayList;
import java.util.List;

/** A mutable result that is not Serializable: the library can neither share nor copy it by value. */
public class ReviewBox {

    public final List<String> items = new ArrayList<>();

    public ReviewBox(String item) {
        items.add(item);
    }

    @Override
    public String toString() {
        return "ReviewBox" + items;
    }
}
