package dev.memoize.tck.helidon.app;

import java.io.Serializable;
import java.util.List;

/**
 * A shelf and the books on it, in a mutable {@code ArrayList}: a record of the application's own that is not
 * immutable, so the library copies it for each caller by Java serialization.
 */
public record Shelf(String name, List<Book> books) implements Serializable {
}
