package dev.memoize.tck.filter.app;

import java.io.Serializable;
import java.math.BigDecimal;

/** An immutable result of the application's own: shared in a local cache, serialized in a distributed one. */
public record Quote(String product, BigDecimal price) implements Serializable {
}
