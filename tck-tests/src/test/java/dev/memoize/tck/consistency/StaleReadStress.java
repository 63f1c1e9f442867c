package dev.memoize.tck.consistency;

import dev.memoize.Memoizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Four readers and two writers for three seconds: each writer changes a key's data, deletes (the whole function,
 * that key's result or the version record, at random), then raises the version every later read must see; each
 * reader counts the reads that saw an older version.
 */
final class StaleReadStress {

    /** A memoized read of a key's version. */
    interface Read {
        long version(String key) throws Exception;
    }

    /** What the readers saw. */
    record Outcome(int reads, int stale) {
    }

    private StaleReadStress() {
    }

    static Outcome run(List<String> keys, Read read, Database database, Memoizer memoizer, String function)
            throws Exception {
        Map<String, AtomicLong> deletedUpTo = new ConcurrentHashMap<>();
        keys.forEach(k -> deletedUpTo.put(k, new AtomicLong(-1)));
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                tasks.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        String key = keys.get(random.nextInt(keys.size()));
                        long mustSee = deletedUpTo.get(key).get();
                        long seen = read.version(key);
                        reads.incrementAndGet();
                        if (seen < mustSee) {
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (int w = 0; w < 2; w++) {
                tasks.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        String key = keys.get(random.nextInt(keys.size()));
                        long version = database.update(key);
                        switch (random.nextInt(3)) {
                            case 0 -> memoizer.deleteMemoized(function);
                            case 1 -> memoizer.deleteMemoized(function, key);
                            default -> memoizer.deleteMemoizedVerhash(function);
                        }
                        deletedUpTo.get(key).accumulateAndGet(version, Math::max);
                        Thread.onSpinWait();
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(reads.get(), stale.get());
    }
}
