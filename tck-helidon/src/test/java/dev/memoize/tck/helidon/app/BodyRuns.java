package dev.memoize.tck.helidon.app;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How often the body of each memoized method has run in this server. */
@ApplicationScoped
public class BodyRuns {

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    /** Counts one run of {@code method}'s body. */
    public void count(String method) {
        runs.computeIfAbsent(method, name -> new AtomicInteger()).incrementAndGet();
    }

    /** How often {@code method}'s body has run. */
    public int of(String method) {
        AtomicInteger count = runs.get(method);
        return count == null ? 0 : count.get();
    }
}
