package dev.memoize.tck.helidon.app;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * The application's HTTP face. {@link #shelf} is itself a memoized resource method; the other reads go through the
 * memoized {@link Catalog}; {@code /runs} tells how often each body ran, and {@code /memos} deletes results through
 * an injected {@link Memoizer}.
 */
@Path("library")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class LibraryResource {

    public static final String SHELF = LibraryResource.class.getName() + ".shelf";

    @Inject
    Catalog catalog;

    @Inject
    BodyRuns runs;

    @Inject
    Memoizer memoizer;

    /** The shelf of that name, a memoized resource method whose record holds a mutable list. */
    @GET
    @Path("shelves/{name}")
    @Memoize
    public Shelf shelf(@PathParam("name") String name) {
        runs.count("shelf");
        return new Shelf(name, new ArrayList<>(List.of(new Book(name + "-1", "First on " + name),
                new Book(name + "-2", "Second on " + name))));
    }

    @GET
    @Path("books/{isbn}")
    public String book(@PathParam("isbn") String isbn) {
        Book book = catalog.book(isbn);
        return book.isbn() + ": " + book.title();
    }

    /**
     * The member's loans as this caller got them; then this caller changes its list, which no later caller may see.
     */
    @GET
    @Path("loans/{member}")
    public String loans(@PathParam("member") String member) {
        ArrayList<Loan> loans = catalog.loans(member);
        String answer = loans.toString();
        loans.get(0).markReturned();
        loans.add(new Loan("isbn-added-by-a-caller", member));
        return answer;
    }

    /** How often the body of {@code book}, {@code loans} or {@code shelf} has run. */
    @GET
    @Path("runs/{method}")
    public String runs(@PathParam("method") String method) {
        return String.valueOf(runs.of(method));
    }

    /** Deletes every result of the function. */
    @DELETE
    @Path("memos/{function}")
    public String deleteAll(@PathParam("function") String function) {
        memoizer.deleteMemoized(function);
        return "deleted every result of " + function;
    }

    /** Deletes the function's one result for this argument. */
    @DELETE
    @Path("memos/{function}/{argument}")
    public String deleteOne(@PathParam("function") String function, @PathParam("argument") String argument) {
        memoizer.deleteMemoized(function, argument);
        return "deleted " + function + "(" + argument + ")";
    }
}
