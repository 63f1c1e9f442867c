package dev.memoize.tck.lifecycle;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.SeContainers;
import dev.memoize.tck.support.TestConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Metrics follow the runtime's life: its MBeans and meters appear when it starts (on the application's first
 * memoized call or {@code Memoizer} use), two containers in one JVM
 * never share a name, and a stopped container leaves no MBean and no meter behind.
 */
class MetricsLifecycleTest {

    static final String NAME = "lifecycle.balance";

    @ApplicationScoped
    public static class Ledger {
        @Memoize(name = NAME, timeout = 60)
        public String balance(String account) {
            return account + " balance";
        }
    }

    @Dependent
    public static class Meters {
        @Produces
        @Singleton
        MeterRegistry registry() {
            return new SimpleMeterRegistry();
        }
    }

    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    @Test
    void twoContainersAtOnceHaveMBeansOfTheirOwnAndLeaveNoneBehind() throws Exception {
        assumeTrue(SeContainerInitializer.newInstance().getClass().getName().startsWith("org.jboss.weld."),
                "OpenWebBeans SE runs one container per class loader at a time");
        String account = UUID.randomUUID().toString(); // a shared cache (Hazelcast) keeps other runs' entries
        Set<ObjectName> before = SERVER.queryNames(new ObjectName("dev.memoize:*"), null);
        try (SeContainer first = boot(Ledger.class); SeContainer second = boot(Ledger.class)) {
            second.select(Memoizer.class).get().statistics(); // the runtime starts on first use
            first.select(Ledger.class).get().balance(account);
            first.select(Ledger.class).get().balance(account);
            Set<ObjectName> functions = SERVER.queryNames(
                    new ObjectName("dev.memoize:type=Function,name=" + ObjectName.quote(NAME) + ",*"), null);
            assertEquals(2, functions.size(), "one MBean per container: " + functions);
            var names = functions.stream().toList();
            assertNotEquals(names.get(0).getKeyProperty("application"), names.get(1).getKeyProperty("application"));
            long firstHits = first.select(Memoizer.class).get().statistics(NAME).hits();
            long secondHits = second.select(Memoizer.class).get().statistics(NAME).hits();
            assertEquals(1, firstHits);
            assertEquals(0, secondHits);
            assertEquals(Set.of(firstHits, secondHits), Set.of((Long) SERVER.getAttribute(names.get(0), "Hits"),
                    (Long) SERVER.getAttribute(names.get(1), "Hits")), "each MBean reads its own container");
        }
        assertEquals(before, SERVER.queryNames(new ObjectName("dev.memoize:*"), null), "every MBean unregistered");
    }

    @Test
    void aContainerStartedAfterAnotherStoppedGetsTheSameNameAndFreshCounters() throws Exception {
        String account = UUID.randomUUID().toString(); // a shared cache (Hazelcast) keeps other runs' entries
        ObjectName used;
        try (SeContainer container = boot(Ledger.class)) {
            container.select(Ledger.class).get().balance(account);
            container.select(Ledger.class).get().balance(account);
            used = only();
            assertEquals(1L, SERVER.getAttribute(used, "Hits"));
        }
        assertTrue(SERVER.queryNames(new ObjectName("dev.memoize:type=Function,name=" + ObjectName.quote(NAME) + ",*"),
                null).isEmpty());
        try (SeContainer container = boot(Ledger.class)) {
            container.select(Memoizer.class).get().statistics(); // the runtime starts on first use
            assertEquals(used, only(), "the name was freed");
            assertEquals(0L, SERVER.getAttribute(used, "Hits"), "fresh counters");
        }
    }

    @Test
    void metersAreRemovedWhenTheContainerStops() {
        String account = UUID.randomUUID().toString(); // a shared cache (Hazelcast) keeps other runs' entries
        MeterRegistry registry;
        try (SeContainer container = boot(Ledger.class, Meters.class)) {
            registry = container.select(MeterRegistry.class).get();
            container.select(Ledger.class).get().balance(account);
            container.select(Ledger.class).get().balance(account);
            assertEquals(1.0, registry.get("memoize.calls").tags("function", NAME, "result", "hit").functionCounter().count());
        }
        assertTrue(registry.find("memoize.calls").meters().isEmpty(), "no meter left: " + registry.getMeters());
        assertTrue(registry.getMeters().isEmpty(), "no meter of the library at all: " + registry.getMeters());
    }

    private static ObjectName only() throws Exception {
        Set<ObjectName> found = SERVER.queryNames(
                new ObjectName("dev.memoize:type=Function,name=" + ObjectName.quote(NAME) + ",*"), null);
        assertEquals(1, found.size(), found.toString());
        return found.iterator().next();
    }

    private static SeContainer boot(Class<?>... beans) {
        return SeContainers.withMemoize().addBeanClasses(beans).addBeanClasses(TestConfig.class).initialize();
    }
}
