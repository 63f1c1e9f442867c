package dev.memoize.tck.memoizer.references;

/** A record argument: keyed by its components. */
public record Point(int x, int y) {
}
