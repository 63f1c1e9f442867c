package dev.memoize.tck.bounds;

import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.inject.se.SeContainer;

import java.lang.management.ManagementFactory;

/**
 * The child JVM of {@link MemoryBoundTest}: calls {@code Lookups.lookup} with {@code args[0]} distinct ids in a
 * small heap, then prints the heap used after a full GC at two points, and exits 0 if no call failed.
 */
public final class ManyKeys {

    private ManyKeys() {
    }

    public static void main(String[] args) {
        long calls = Long.parseLong(args[0]);
        try (SeContainer container = SeContainers.withMemoize().addBeanClasses(Lookups.class).initialize()) {
            Lookups lookups = container.select(Lookups.class).get();
            long halfway = 0;
            for (long id = 0; id < calls; id++) {
                String result = lookups.lookup(id);
                if (result.length() != 200) {
                    throw new IllegalStateException("wrong result for " + id);
                }
                if (id == calls / 2) {
                    halfway = usedAfterGc();
                }
            }
            if (!lookups.lookup(calls - 1).startsWith(String.format("%010d", calls - 1))) {
                throw new IllegalStateException("wrong result");
            }
            System.out.println("HEAP " + halfway + " " + usedAfterGc());
        }
        System.exit(0);
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
