package dev.memoize.tck.consistency;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Like {@link VersionedReader}, in a function of its own whose cache the test bounds. */
@ApplicationScoped
public class EvictingReader {

    static final String NAME = "dev.memoize.tck.consistency.EvictingReader.read";

    @Inject
    Database database;

    @Inject
    Runs runs;

    @Memoize(timeout = 600)
    public long read(String key) {
        long seen = database.read(key);
        runs.tick("evicting-read");
        database.passGate();
        return seen;
    }
}
