package dev.memoize.tck.review;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;

/** Hostile but real-world asynchronous bodies. */
@ApplicationScoped
public class ReviewAsyncService {

    @Inject
    Runs runs;

    @Inject
    ReviewStages stages;

    @Inject
    ReviewAsyncService self;

    /** Its own threads: the common pool may have a single worker on a small machine. */
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "review-async");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * A retry: the first attempt fails (asynchronously, 50 ms later), and the stage retries by calling the method
     * again through the proxy, as it would with any other retry helper. Unmemoized this completes with run 2.
     */
    @Memoize(timeout = 60)
    public CompletionStage<String> retrying(String symbol) {
        int run = runs.tick("retrying:" + symbol);
        if (run == 1) {
            return CompletableFuture.<String>supplyAsync(() -> {
                throw new CompletionException(new IOException("first attempt failed"));
            }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS, executor))
                    .exceptionallyCompose(failure -> self.retrying(symbol));
        }
        return CompletableFuture.completedFuture(symbol + " #" + run);
    }

    /** Run 1: a stage the test completes; later runs: completed at once with the run number. */
    @Memoize(timeout = 60)
    public CompletableFuture<String> controlled(String symbol) {
        int next = runs.of("controlled:" + symbol) + 1;
        if (next == 1) {
            return stages.pending("controlled:" + symbol).thenApply(String.class::cast);
        }
        runs.tick("controlled:" + symbol);
        return CompletableFuture.completedFuture(symbol + " #" + next);
    }

    /** Run 1: a stage the test completes with a non-serializable mutable box; later runs: a box at once. */
    @Memoize(timeout = 60)
    public CompletableFuture<ReviewBox> boxed(String symbol) {
        int next = runs.of("boxed:" + symbol) + 1;
        if (next == 1) {
            return stages.pending("boxed:" + symbol).thenApply(ReviewBox.class::cast);
        }
        runs.tick("boxed:" + symbol);
        return CompletableFuture.completedFuture(new ReviewBox(symbol + " #" + next));
    }

    /**
     * Run 1: a stage the test completes with a non-serializable box; later runs (the joiners' re-runs) spend
     * 500 ms before returning their stage, as a body that prepares a request would.
     */
    @Memoize(timeout = 60)
    public CompletableFuture<ReviewBox> slowBoxed(String symbol) throws InterruptedException {
        int next = runs.of("slowBoxed:" + symbol) + 1;
        if (next == 1) {
            return stages.pending("slowBoxed:" + symbol).thenApply(ReviewBox.class::cast);
        }
        runs.tick("slowBoxed:" + symbol);
        Thread.sleep(500);
        return CompletableFuture.completedFuture(new ReviewBox(symbol + " #" + next));
    }

    /** A minimal completion stage (a CompletableFuture subclass whose toCompletableFuture works, most others throw). */
    @Memoize(timeout = 60)
    public CompletionStage<String> minimal(String symbol) {
        return stages.pending("minimal:" + symbol).thenApply(String.class::cast).minimalCompletionStage();
    }

    /** Returns null instead of a stage. */
    @Memoize(timeout = 60)
    public CompletionStage<String> nothing(String symbol) {
        runs.tick("nothing:" + symbol);
        return null;
    }

    /** Throws before returning its stage on the first run. */
    @Memoize(timeout = 60)
    public CompletionStage<String> throwing(String symbol) {
        int run = runs.tick("throwing:" + symbol);
        if (run == 1) {
            throw new IllegalStateException("synchronous failure");
        }
        return CompletableFuture.completedFuture(symbol + " #" + run);
    }

    /** Completes with an empty Optional, then a present one after a delete. */
    @Memoize(timeout = 60)
    public CompletionStage<Optional<String>> maybe(String symbol) {
        int run = runs.tick("maybe:" + symbol);
        return CompletableFuture.completedFuture(run == 1 ? Optional.empty() : Optional.of(symbol + " #" + run));
    }

    /** The body completes its own stage, then obtrudes another value. */
    @Memoize(timeout = 60)
    public CompletableFuture<String> obtruding(String symbol) {
        int run = runs.tick("obtruding:" + symbol);
        CompletableFuture<String> stage = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            stage.complete(symbol + " first #" + run);
            stage.obtrudeValue(symbol + " obtruded #" + run);
        }, executor);
        return stage;
    }

    /** A body whose stage is kept: the test checks whether the caller got it. */
    @Memoize(timeout = 60)
    public CompletableFuture<String> exposed(String symbol) {
        int run = runs.tick("exposed:" + symbol);
        CompletableFuture<String> stage = new CompletableFuture<>();
        stages.returned("exposed:" + symbol, stage);
        stage.complete(symbol + " #" + run);
        return stage;
    }

    /** Never completes on run 1; completed at once on later runs. */
    @Memoize(timeout = 60)
    public CompletionStage<String> stuck(String symbol) {
        int run = runs.tick("stuck:" + symbol);
        return run == 1 ? new CompletableFuture<>() : CompletableFuture.completedFuture(symbol + " #" + run);
    }

    /** Declared Object, returns a stage: never memoized, warned. */
    @Memoize(timeout = 60)
    public Object untyped(String symbol) {
        int run = runs.tick("untyped:" + symbol);
        return CompletableFuture.completedFuture(symbol + " #" + run);
    }

    /** Timeout 0: never memoized. */
    @Memoize(timeout = 0)
    public CompletionStage<String> never(String symbol) {
        int run = runs.tick("never:" + symbol);
        return CompletableFuture.completedFuture(symbol + " #" + run);
    }
}
