package dev.memoize.tck.review;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;

/** A request-scoped asynchronous service whose body uses another request-scoped bean. */
@RequestScoped
public class ReviewRequestQuotes {

    @Inject
    Runs runs;

    @Inject
    ReviewStages stages;

    @Inject
    ReviewRequestInfo info;

    @Memoize(timeout = 60)
    public CompletableFuture<ReviewBox> quote(String symbol) {
        String user = info.user();
        int next = runs.of("rq:" + symbol) + 1;
        if (next == 1) {
            return stages.pending("rq:" + symbol).thenApply(ReviewBox.class::cast);
        }
        runs.tick("rq:" + symbol);
        return CompletableFuture.completedFuture(new ReviewBox(symbol + " for " + user + " #" + next));
    }
}
