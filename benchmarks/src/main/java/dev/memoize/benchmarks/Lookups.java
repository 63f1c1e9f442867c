package dev.memoize.benchmarks;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/** The same lookup, four ways: plain, under a no-op interceptor, under the naive floor, and memoized. */
final class Lookups {

    private Lookups() {
    }

    static String answer(long roleId) {
        return (roleId & 1) == 0 ? "member" : "guest";
    }

    @ApplicationScoped
    public static class Plain {
        public String lookup(String user, long roleId) {
            return answer(roleId);
        }
    }

    @ApplicationScoped
    @Noop
    public static class NoopIntercepted {
        public String lookup(String user, long roleId) {
            return answer(roleId);
        }
    }

    @ApplicationScoped
    @NaiveMemoize
    public static class Naive {
        public String lookup(String user, long roleId) {
            return answer(roleId);
        }
    }

    @ApplicationScoped
    public static class Memoized {

        static final String MISS = Memoized.class.getName() + ".miss";

        private final AtomicLong coldRuns = new AtomicLong();

        @Memoize(timeout = 600)
        public String lookup(String user, long roleId) {
            return answer(roleId);
        }

        @Memoize(timeout = 600)
        public String miss(long n) {
            return answer(n);
        }

        @Memoize(timeout = 600)
        public String cold(long key) throws InterruptedException {
            coldRuns.incrementAndGet();
            Thread.sleep(2);
            return answer(key);
        }

        public long coldRuns() {
            return coldRuns.get();
        }
    }
}
