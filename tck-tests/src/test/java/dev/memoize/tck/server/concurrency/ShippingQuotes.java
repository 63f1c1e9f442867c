package dev.memoize.tck.server.concurrency;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.concurrent.Asynchronous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A Jakarta Concurrency {@code @Asynchronous} bean: the server runs each call on a managed executor. */
@ApplicationScoped
public class ShippingQuotes {

    @Inject
    Runs runs;

    /** The first run for a destination starting with "down" fails; every run records the thread it ran on. */
    @Asynchronous
    @Memoize(timeout = 60)
    public CompletableFuture<String> quote(String destination) {
        int run = runs.tick("quote:" + destination);
        if (destination.startsWith("down") && run == 1) {
            throw new CompletionException(new IOException("carrier unreachable"));
        }
        return CompletableFuture.completedFuture(destination + " #" + run + " on " + Thread.currentThread().getName());
    }
}
