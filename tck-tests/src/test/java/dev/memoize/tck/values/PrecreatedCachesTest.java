package dev.memoize.tck.values;

import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.LogRecorder;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application creates a function's cache itself with JCache's standard configuration (store by value is the
 * JSR-107 default), as EvictionTest does; the README says such a cache "is used as it is configured".
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "memoize.tck.provider", matches = "caffeine")
class PrecreatedCachesTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Stock.class);
    }

    @Inject
    Stock stock;

    @Inject
    Runs runs;

    /** Arquillian skips @BeforeEach on local containers: each test calls it first. */
    void createTheCachesFirst() {
        CacheManager manager = Caches.manager();
        for (String function : List.of(Stock.LIST, Stock.NESTED, Stock.PRICE, Stock.LABEL)) {
            if (manager.getCache("memoize." + function) == null) {
                MutableConfiguration<String, Object> standard = new MutableConfiguration<>();
                assertTrue(standard.isStoreByValue(), "precondition: JSR-107's default");
                manager.createCache("memoize." + function, standard);
            }
        }
    }

    @Test
    void aListIsMemoizedAndIsolated() {
        createTheCachesFirst();
        runs.reset();
        for (int call = 0; call < 4; call++) {
            ArrayList<String> got = stock.list("k");
            assertEquals(List.of("apple"), got, "call " + call);
            got.add("scribble");
        }
        assertEquals(1, runs.of("list:k"), "the later calls were hits");
    }

    @Test
    void aNestedMapIsMemoizedAndIsolated() {
        createTheCachesFirst();
        runs.reset();
        for (int call = 0; call < 4; call++) {
            Map<String, List<String>> got = stock.nested("k");
            assertEquals(Map.of("fruit", List.of("apple")), got, "call " + call);
            got.get("fruit").add("scribble");
        }
        assertEquals(1, runs.of("nested:k"), "the later calls were hits");
    }

    @Test
    void anImmutableRecordIsMemoized() {
        createTheCachesFirst();
        runs.reset();
        for (int call = 0; call < 4; call++) {
            assertEquals(new Stock.Price("EUR", 100), stock.price("k"), "call " + call);
        }
        assertEquals(1, runs.of("price:k"), "the later calls were hits");
    }

    /** Such a cache holds bytes: an immutable result must be Serializable too, and the warning says so. */
    @Test
    void anImmutableResultThatIsNotSerializableIsWarnedAboutWithTheCachesOwnFix() {
        createTheCachesFirst();
        runs.reset();
        try (LogRecorder log = LogRecorder.start()) {
            assertEquals("apple", stock.label("k").text());
            assertEquals("apple", stock.label("k").text());
            assertEquals(2, runs.of("label:k"), "not memoized: the cache cannot hold it");
            List<String> warnings = log.warnings("Stock$Label");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("create it with setStoreByValue(false)"), warnings.get(0));
        }
    }
}
