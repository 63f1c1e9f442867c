package dev.memoize.benchmarks;

import org.springframework.cache.annotation.Cacheable;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The Spring peer of the memoized lookup: {@code @Cacheable(sync = true)} on a {@code CaffeineCacheManager} (see
 * {@link SpringPeer}), keyed by Spring's default key generator ({@code SimpleKey} of the two arguments), which is what
 * a Spring user gets. Same body as the other lookups; the counter only moves on a miss.
 */
public class SpringLookup {

    private final AtomicLong runs = new AtomicLong();

    @Cacheable(cacheNames = "lookup", sync = true)
    public String lookup(String user, long roleId) {
        runs.incrementAndGet();
        return Lookups.answer(roleId);
    }

    /** How many times the body ran (misses); stays at the number of distinct pairs once they are all cached. */
    public long runs() {
        return runs.get();
    }
}
