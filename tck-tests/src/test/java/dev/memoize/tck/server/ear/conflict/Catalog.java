package dev.memoize.tck.server.ear.conflict;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

/** Put into two WARs of one EAR: two classes of one name, whose default function names would be equal. */
@ApplicationScoped
public class Catalog {

    @Memoize(timeout = 600)
    public String describe(String id) {
        return getClass().getClassLoader() + ":" + id;
    }
}
