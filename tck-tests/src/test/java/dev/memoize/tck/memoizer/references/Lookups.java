package dev.memoize.tck.memoizer.references;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/** Memoized methods of every shape a method reference can name, and one that is not memoized. */
@ApplicationScoped
public class Lookups {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String find(Long id) {
        runs.tick("find(Long)");
        return "long " + id;
    }

    @Memoize(timeout = 60)
    public String find(String id) {
        runs.tick("find(String)");
        return "string " + id;
    }

    @Memoize(timeout = 60)
    public String label(Long id) {
        runs.tick("label(Long)");
        return "label " + id;
    }

    @Memoize(timeout = 60)
    public String label(Object id) {
        runs.tick("label(Object)");
        return "label of " + id;
    }

    @Memoize(timeout = 60)
    public int count() {
        return runs.tick("count");
    }

    @Memoize(timeout = 60)
    public String tagged(String... tags) {
        runs.tick("tagged");
        return String.join("+", tags);
    }

    @Memoize(timeout = 60)
    public String page(long offset, int size) {
        runs.tick("page");
        return offset + ".." + (offset + size);
    }

    @Memoize(timeout = 60)
    public String near(Point point) {
        runs.tick("near");
        return "near " + point;
    }

    @Memoize(timeout = 60)
    public String six(String a, int b, long c, boolean d, char e, double[] f) {
        runs.tick("six");
        return a + b + c + d + e + Arrays.toString(f);
    }

    public String plain(long id) {
        runs.tick("plain");
        return "plain " + id;
    }
}
