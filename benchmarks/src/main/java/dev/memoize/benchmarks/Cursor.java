package dev.memoize.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Walks the pre-built argument pairs, one position per thread. */
@State(Scope.Thread)
public class Cursor {

    private int position;

    int next() {
        position = (position + 1) & (Fixture.PAIRS - 1);
        return position;
    }
}
