package dev.memoize.tck.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often each method body ran; the services tick it, the tests read it. */
@ApplicationScoped
public class Runs {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Records one run of the named body and returns how many there have been. */
    public int tick(String body) {
        return counts.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
    }

    /** Forgets every count (the memoized results stay). */
    public void reset() {
        counts.clear();
    }

    /** How often the named body ran. */
    public int of(String body) {
        AtomicInteger count = counts.get(body);
        return count == null ? 0 : count.get();
    }
}
