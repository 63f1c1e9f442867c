package dev.memoize.tck.helidon.app;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** A memoized application-scoped bean: one method returns an immutable record, the other a mutable list. */
@ApplicationScoped
public class Catalog {

    public static final String BOOK = Catalog.class.getName() + ".book";
    public static final String LOANS = Catalog.class.getName() + ".loans";

    @Inject
    BodyRuns runs;

    /** The book with this ISBN: shared by every caller, never copied. */
    @Memoize
    public Book book(String isbn) {
        runs.count("book");
        return new Book(isbn, "Title of " + isbn);
    }

    /** The member's current loans, in a list each caller may change: copied by serialization for each caller. */
    @Memoize
    public ArrayList<Loan> loans(String member) {
        runs.count("loans");
        return new ArrayList<>(List.of(new Loan("isbn-1", member), new Loan("isbn-2", member)));
    }
}
