package dev.memoize.tck.helidon.app;

import java.io.Serializable;

/**
 * A book of the catalog: a type of the application's own. Alone it is immutable, so the library shares it between
 * callers; on a {@link Shelf} it travels inside a copied result.
 */
public record Book(String isbn, String title) implements Serializable {
}
