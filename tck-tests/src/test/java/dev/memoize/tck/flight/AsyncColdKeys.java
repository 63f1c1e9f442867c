package dev.memoize.tck.flight;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Asynchronous methods whose stages the test completes by hand, for single flight over running stages. */
@ApplicationScoped
public class AsyncColdKeys {

    @Inject
    Runs runs;

    @Inject
    AsyncColdKeys self;

    private final Map<String, CompletableFuture<String>> stages = new ConcurrentHashMap<>();

    /** A stage that completes when the test says: {@code complete("load:k", 1, value)}. */
    @Memoize(timeout = 60)
    public CompletionStage<String> load(String key) {
        int run = runs.tick("load:" + key);
        return stages.computeIfAbsent("load:" + key + "#" + run, k -> new CompletableFuture<>());
    }

    /** Calls itself with the same key (through the proxy) before returning its stage. */
    @Memoize(timeout = 60)
    public CompletableFuture<String> nested(String key, int depth) {
        int run = runs.tick("nested:" + key);
        if (run == 1) {
            return self.nested(key, depth).thenApply(inner -> "outer(" + inner + ")");
        }
        return CompletableFuture.completedFuture("inner #" + run);
    }

    /** Declared as Object, so the library cannot know it returns a stage: never memoized as an object. */
    @Memoize(timeout = 60)
    public Object legacy(String key) {
        int run = runs.tick("legacy:" + key);
        return CompletableFuture.completedFuture(key + " #" + run);
    }

    public void complete(String body, int run, String value) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!stages.containsKey(body + "#" + run) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        stages.get(body + "#" + run).complete(value);
    }
}
