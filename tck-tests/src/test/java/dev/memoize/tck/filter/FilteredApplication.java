package dev.memoize.tck.filter;

import dev.memoize.MemoizeStatistics;
import dev.memoize.Memoizer;
import dev.memoize.jcache.internal.JCacheStorage;
import dev.memoize.tck.filter.app.Shop;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.inject.se.SeContainer;

import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import java.util.List;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The child JVM of {@link DeserializationFilterTest}, started under a JVM-wide {@code jdk.serialFilter}: calls
 * each memoized method of {@link Shop} twice, changes the first result it got, deletes, and prints what happened
 * ({@code RUNS}, {@code STATISTICS}, each {@code MEMOIZE-WARNING} the library logs), then exits 0. With the
 * argument {@code precreated}, the application creates the functions' caches itself first, storing by value.
 */
public final class FilteredApplication {

    /** Held here: java.util.logging keeps loggers weakly, and a collected one would take the handler with it. */
    private static final Logger LIBRARY_LOG = Logger.getLogger("dev.memoize");

    private FilteredApplication() {
    }

    public static void main(String[] args) {
        LIBRARY_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    System.out.println("MEMOIZE-WARNING " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        try (SeContainer container = SeContainers.withMemoize().addBeanClasses(Shop.class).initialize()) {
            if (List.of(args).contains("precreated")) {
                // the application's own caches, with JCache's standard configuration: stored by value
                CacheManager manager = container.select(JCacheStorage.class).get().cacheManager();
                for (String method : List.of("basket", "quote", "names")) {
                    manager.createCache("memoize." + Shop.class.getName() + "." + method, new MutableConfiguration<>());
                }
            }
            Shop shop = container.select(Shop.class).get();
            Memoizer memoizer = container.select(Memoizer.class).get();
            shop.basket("ann").add("changed by the first caller");
            String basket = shop.basket("ann").items().toString();
            shop.quote("tea");
            String quote = shop.quote("tea").toString();
            shop.names("n").add("changed by the first caller");
            String names = shop.names("n").toString();
            System.out.println("RUNS " + shop.runs());
            System.out.println("VALUES " + basket + " " + quote + " " + names);
            memoizer.deleteMemoized(Shop.class, "basket", "ann");
            shop.basket("ann");
            System.out.println("RUNS_AFTER_DELETE " + shop.runs());
            MemoizeStatistics statistics = memoizer.statistics();
            System.out.println("STATISTICS hits=" + statistics.hits() + " notMemoized=" + statistics.notMemoized()
                    + " cacheFailures=" + statistics.cacheFailures());
        }
        System.exit(0);
    }
}
