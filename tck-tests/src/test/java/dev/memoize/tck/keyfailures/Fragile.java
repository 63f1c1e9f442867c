package dev.memoize.tck.keyfailures;

/** An argument whose toString() throws: it cannot be keyed, but the business call must not notice. */
public class Fragile {

    static final String BROKEN = "Fragile.toString() broke";

    @Override
    public String toString() {
        throw new IllegalStateException(BROKEN);
    }
}
