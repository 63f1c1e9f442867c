package dev.memoize.tck.helidon.app;

import java.io.Serial;
import java.io.Serializable;

/** A loan of a book to a member: a mutable class of the application's own, copied for each caller. */
public final class Loan implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String isbn;
    private final String member;
    private boolean returned;

    public Loan(String isbn, String member) {
        this.isbn = isbn;
        this.member = member;
    }

    /** Marks the book as back in the library. */
    public void markReturned() {
        returned = true;
    }

    @Override
    public String toString() {
        return isbn + " lent to " + member + (returned ? " (returned)" : "");
    }
}
