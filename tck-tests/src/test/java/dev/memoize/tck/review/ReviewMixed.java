package dev.memoize.tck.review;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Type-level @Memoize on a bean with a synchronous and an asynchronous method. */
@Memoize(timeout = 60)
@ApplicationScoped
public class ReviewMixed {

    @Inject
    Runs runs;

    public String sync(String id) {
        return id + " sync #" + runs.tick("mixed-sync:" + id);
    }

    public CompletionStage<String> async(String id) {
        return CompletableFuture.completedFuture(id + " async #" + runs.tick("mixed-async:" + id));
    }
}
