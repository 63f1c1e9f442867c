package dev.memoize.tck.lifecycle;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * The child JVM of {@link WithoutMicrometerTest}, started without Micrometer on its class path: calls a memoized
 * method twice and prints {@code MICROMETER} (whether its classes are there), {@code STATISTICS} (hits and misses
 * of the function) and {@code JMX} (the hits its MBean shows), then exits 0.
 */
public final class WithoutMicrometer {

    static final String NAME = "nomicrometer.balance";

    @ApplicationScoped
    public static class Ledger {
        @Memoize(name = NAME, timeout = 60)
        public String balance(String account) {
            return account + " balance";
        }
    }

    private WithoutMicrometer() {
    }

    public static void main(String[] args) throws Exception {
        try (SeContainer container = SeContainers.withMemoize().addBeanClasses(Ledger.class).initialize()) {
            Ledger ledger = container.select(Ledger.class).get();
            ledger.balance("ann");
            ledger.balance("ann");
            var statistics = container.select(Memoizer.class).get().statistics(NAME);
            System.out.println("MICROMETER " + present("io.micrometer.core.instrument.MeterRegistry"));
            System.out.println("STATISTICS " + statistics.hits() + " " + statistics.misses());
            ObjectName function = ManagementFactory.getPlatformMBeanServer().queryNames(
                    new ObjectName("dev.memoize:type=Function,name=" + ObjectName.quote(NAME) + ",*"), null)
                    .iterator().next();
            System.out.println("JMX " + ManagementFactory.getPlatformMBeanServer().getAttribute(function, "Hits"));
        }
        System.exit(0); // a Hazelcast member's threads would keep the JVM up
    }

    private static boolean present(String type) {
        try {
            Class.forName(type);
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
