package dev.memoize.tck.async;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An asynchronous service whose stages the test completes by hand: each run's stage is kept under its symbol and
 * run number ({@link #stage(String, int)}), so the test decides when and how it completes.
 */
@ApplicationScoped
public class StockQuotes {

    @Inject
    Runs runs;

    private final Map<String, CompletableFuture<Object>> stages = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> returned = new ConcurrentHashMap<>();

    /** A stage the test completes: {@code stage("price:ACME", 1)}. */
    @Memoize(timeout = 60)
    public CompletableFuture<String> price(String symbol) {
        CompletableFuture<Object> stage = pending("price:" + symbol);
        CompletableFuture<String> result = stage.thenApply(String.class::cast);
        returned.put("price:" + symbol + "#" + runs.of("price:" + symbol), result);
        return result;
    }

    /** The stage the given run of {@link #price} returned to the interceptor. */
    public CompletableFuture<String> returnedByPrice(String symbol, int run) {
        return returned.get("price:" + symbol + "#" + run);
    }

    /** Returns the body's stage unchanged, so a test can see that callers never get it. */
    @Memoize(timeout = 60)
    public CompletionStage<List<String>> history(String symbol) {
        return pending("history:" + symbol).thenApply(StockQuotes::asList);
    }

    /** Completes at once: failed on the first run, with the run number after. */
    @Memoize(timeout = 60)
    public CompletionStage<String> flaky(String symbol) {
        int run = runs.tick("flaky:" + symbol);
        return run == 1 ? CompletableFuture.failedFuture(new IOException("quote service down"))
                : CompletableFuture.completedFuture(symbol + " #" + run);
    }

    /** Completes at once with a new mutable list. */
    @Memoize(timeout = 60)
    public CompletableFuture<List<String>> watchlist(String owner) {
        int run = runs.tick("watchlist:" + owner);
        return CompletableFuture.completedFuture(new ArrayList<>(List.of(owner + " #" + run)));
    }

    @Memoize(timeout = 60)
    public CompletionStage<Optional<String>> isin(String symbol) {
        int run = runs.tick("isin:" + symbol);
        return CompletableFuture.completedFuture(symbol.isEmpty() ? Optional.empty() : Optional.of("US" + symbol + run));
    }

    /** Completes at once with {@code null}, which is memoized like any value. */
    @Memoize(timeout = 60)
    public CompletableFuture<String> delisted(String symbol) {
        runs.tick("delisted:" + symbol);
        return CompletableFuture.completedFuture(null);
    }

    /** The stage of the given run of a body, created by the run itself. */
    public CompletableFuture<Object> stage(String body, int run) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!stages.containsKey(body + "#" + run) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        CompletableFuture<Object> stage = stages.get(body + "#" + run);
        if (stage == null) {
            throw new AssertionError("run " + run + " of " + body + " never started");
        }
        return stage;
    }

    private CompletableFuture<Object> pending(String body) {
        int run = runs.tick(body);
        return stages.computeIfAbsent(body + "#" + run, k -> new CompletableFuture<>());
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object value) {
        return (List<String>) value;
    }
}
