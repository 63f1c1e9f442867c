package dev.memoize.tck.review;

import dev.memoize.Memoize;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A generic asynchronous DAO base with two subclasses of different result types. */
public abstract class ReviewGenericBase<T> {

    @Memoize(timeout = 60)
    public CompletionStage<T> load(String id) {
        return CompletableFuture.completedFuture(make(id));
    }

    protected abstract T make(String id);
}
