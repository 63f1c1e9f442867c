package dev.memoize.tck.consistency;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class VersionedReader {

    static final String NAME = "dev.memoize.tck.consistency.VersionedReader.read";

    @Inject
    Database database;

    @Inject
    Runs runs;

    /** Returns the version of the key's data that the body saw. */
    @Memoize(timeout = 60)
    public long read(String key) {
        long seen = database.read(key);
        runs.tick("read");
        database.passGate();
        return seen;
    }
}
