package dev.memoize.tck.generics;

import dev.memoize.Memoize;

/** Overrides its super-interface's memoized default method with a narrower result type (javac adds a bridge). */
public interface NameLookup extends Lookup<String> {

    @Override
    @Memoize(timeout = 60)
    default String find(String id) {
        runs().tick("NameLookup.find");
        return "name-" + id;
    }
}
