package dev.memoize.tck.consistency;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Reads a key's version when called, and completes its stage with it later, on a pool thread. */
@ApplicationScoped
public class AsyncVersionedReader {

    static final String NAME = AsyncVersionedReader.class.getName() + ".read";

    @Inject
    Database database;

    @Inject
    Runs runs;

    private final ExecutorService completer = Executors.newFixedThreadPool(2);

    @Memoize(timeout = 60)
    public CompletableFuture<Long> read(String key) {
        long seen = database.read(key);
        runs.tick("async read");
        long delayMicros = ThreadLocalRandom.current().nextLong(2_000);
        return CompletableFuture.supplyAsync(() -> seen,
                CompletableFuture.delayedExecutor(delayMicros, TimeUnit.MICROSECONDS, completer));
    }

    @PreDestroy
    void stop() {
        completer.shutdownNow();
    }
}
