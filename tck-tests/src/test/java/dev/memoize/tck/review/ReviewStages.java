package dev.memoize.tck.review;

import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Stages the tests complete by hand, per body and run: {@code stage("boxed:K", 1)}. */
@ApplicationScoped
public class ReviewStages {

    @Inject
    Runs runs;

    private final Map<String, CompletableFuture<Object>> stages = new ConcurrentHashMap<>();
    private final Map<String, Object> returned = new ConcurrentHashMap<>();

    public CompletableFuture<Object> pending(String body) {
        int run = runs.tick(body);
        return stages.computeIfAbsent(body + "#" + run, k -> new CompletableFuture<>());
    }

    public void returned(String body, Object stage) {
        returned.put(body, stage);
    }

    public Object returned(String body) {
        return returned.get(body);
    }

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
}
