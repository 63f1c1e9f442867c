package dev.memoize.tck.generics;

/** Rows of two tables. */
public final class Rows {

    private Rows() {
    }

    public record UserRow(long id, String table) implements java.io.Serializable {
    }

    public record OrderRow(long id, String table) implements java.io.Serializable {
    }
}
