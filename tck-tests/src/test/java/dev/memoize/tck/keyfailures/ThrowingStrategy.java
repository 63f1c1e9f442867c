package dev.memoize.tck.keyfailures;

import dev.memoize.KeyStrategy;

/** A per-method strategy that throws on every argument. */
public class ThrowingStrategy implements KeyStrategy {

    static final String BROKEN = "ThrowingStrategy.keyPart broke";

    @Override
    public String keyPart(Object argument) {
        throw new IllegalStateException(BROKEN);
    }
}
