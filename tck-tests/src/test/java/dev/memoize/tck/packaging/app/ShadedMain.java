package dev.memoize.tck.packaging.app;

import dev.memoize.MemoizeConfig;
import dev.memoize.MemoizeStatistics;
import dev.memoize.Memoizer;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shaded application's entry point, as its {@code main} would be: boots CDI SE with discovery (which finds the
 * shaded jar through its one beans.xml), calls {@link Prices#price} twice and reports what happened in JDK types,
 * since the caller has other copies of this application's classes, or none.
 */
public final class ShadedMain {

    private ShadedMain() {
    }

    /**
     * Boots the container, makes a cold and a warm call and shuts the container down. Returns {@code bodyRuns},
     * {@code hits}, {@code misses} and {@code singleFlightWaits} after both calls, {@code missesAfterFirstCall},
     * {@code firstCallMillis}, {@code sameResult} (1 when both calls returned the same value) and
     * {@code singleFlightTimeoutMillis} of the configuration the container resolves.
     */
    public static Map<String, Long> run() {
        SeContainerInitializer initializer = SeContainerInitializer.newInstance();
        if (initializer.getClass().getName().startsWith("org.jboss.weld.")) {
            // Weld's shutdown hook, a thread made here, would hold this class loader until the JVM exits
            initializer.addProperty("org.jboss.weld.se.shutdownHook", false);
        }
        SeContainer container = initializer.initialize();
        try {
            Prices prices = container.select(Prices.class).get();
            Memoizer memoizer = container.select(Memoizer.class).get();
            Map<String, Long> report = new LinkedHashMap<>();

            long start = System.nanoTime();
            String first = prices.price("tea");
            report.put("firstCallMillis", (System.nanoTime() - start) / 1_000_000);
            report.put("missesAfterFirstCall", memoizer.statistics().misses());
            String second = prices.price("tea");

            MemoizeStatistics statistics = memoizer.statistics();
            report.put("bodyRuns", prices.bodyRuns());
            report.put("sameResult", first.equals(second) ? 1L : 0L);
            report.put("hits", statistics.hits());
            report.put("misses", statistics.misses());
            report.put("singleFlightWaits", statistics.singleFlightWaits());
            report.put("singleFlightTimeoutMillis",
                    container.select(MemoizeConfig.class).get().singleFlightTimeout().toMillis());
            return report;
        } finally {
            container.close();
        }
    }
}
