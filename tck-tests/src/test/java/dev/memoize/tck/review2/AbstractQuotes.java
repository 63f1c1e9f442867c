package dev.memoize.tck.review2;

import dev.memoize.Memoize;

/** An abstract base that declares its memoized method abstract, as a template for its implementations. */
public abstract class AbstractQuotes {

    @Memoize(timeout = 60)
    public abstract String quote(String symbol);
}
