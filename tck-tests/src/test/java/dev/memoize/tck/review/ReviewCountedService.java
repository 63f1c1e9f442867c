package dev.memoize.tck.review;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;

/** An asynchronous memoized method with an application interceptor inside Memoize's. */
@ApplicationScoped
public class ReviewCountedService {

    @Inject
    Runs runs;

    @Inject
    ReviewStages stages;

    @Memoize(timeout = 60)
    @ReviewCounted
    public CompletableFuture<ReviewBox> counted(String symbol) {
        int next = runs.of("counted:" + symbol) + 1;
        if (next == 1) {
            return stages.pending("counted:" + symbol).thenApply(ReviewBox.class::cast);
        }
        runs.tick("counted:" + symbol);
        return CompletableFuture.completedFuture(new ReviewBox(symbol + " #" + next));
    }
}
