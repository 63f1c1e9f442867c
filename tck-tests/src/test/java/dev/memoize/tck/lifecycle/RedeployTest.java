package dev.memoize.tck.lifecycle;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.TestConfig;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

import javax.cache.CacheManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No static state: a second container in the same JVM starts clean, and a stopped one leaves nothing behind. */
class RedeployTest {

    @ApplicationScoped
    public static class FirstVersion {
        @Memoize(timeout = 60)
        public String lookup(String key) {
            return key;
        }
    }

    @ApplicationScoped
    public static class SecondVersion {
        @Memoize(timeout = 60)
        public String find(String key) {
            return key;
        }
    }

    @Test
    void aRedeployedApplicationStartsClean() {
        CacheManager first;
        try (SeContainer container = boot(FirstVersion.class)) {
            FirstVersion bean = container.select(FirstVersion.class).get();
            bean.lookup("a");
            bean.lookup("a");
            Memoizer memoizer = container.select(Memoizer.class).get();
            assertEquals(1, memoizer.statistics().hits());
            first = Caches.manager();
        }
        if (first.getCachingProvider().getClass().getName().startsWith("com.github.benmanes.caffeine.")) {
            assertTrue(first.isClosed(), "the local cache manager the library opened is closed with the container");
        }
        try (SeContainer container = boot(SecondVersion.class)) {
            Memoizer memoizer = container.select(Memoizer.class).get();
            assertEquals(0, memoizer.statistics().hits() + memoizer.statistics().misses(), "fresh counters");
            assertThrows(IllegalArgumentException.class,
                    () -> memoizer.deleteMemoized(FirstVersion.class.getName() + ".lookup"),
                    "only this deployment's functions are known");
            memoizer.deleteMemoized(SecondVersion.class.getName() + ".find");
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().contains("memoize")),
                "the library starts no threads");
    }

    private static SeContainer boot(Class<?> bean) {
        return SeContainers.withMemoize().addBeanClasses(bean, TestConfig.class).initialize();
    }
}
