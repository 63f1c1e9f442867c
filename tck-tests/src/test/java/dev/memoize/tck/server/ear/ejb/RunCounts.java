package dev.memoize.tck.server.ear.ejb;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts body runs for the whole EAR; it lives in the EJB module, which every WAR of the EAR sees. */
@ApplicationScoped
public class RunCounts {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public int tick(String body) {
        return counts.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
    }

    public int of(String body) {
        AtomicInteger count = counts.get(body);
        return count == null ? 0 : count.get();
    }
}
