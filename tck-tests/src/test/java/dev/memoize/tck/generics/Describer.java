package dev.memoize.tck.generics;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;

/** An interface whose default method is memoized, implemented by two beans. */
public interface Describer {

    @Memoize(timeout = 60)
    default String describe(String thing) {
        runs().tick(prefix() + ".describe");
        return prefix() + ":" + thing;
    }

    String prefix();

    Runs runs();
}
