package dev.memoize.tck.config;

import dev.memoize.KeyStrategy;

/** A per-method strategy (not a bean): keys strings by their length only. */
public class LengthKeys implements KeyStrategy {

    @Override
    public String keyPart(Object argument) {
        return "len=" + String.valueOf(argument).length();
    }
}
