package dev.memoize.cdi.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Finds the plans of an intercepted method on the hit path without {@code Method.equals}: a container hands the
 * interceptor the same {@code Method} instance on every call of one method, so this index remembers each instance
 * it has seen in a small table searched by identity, and falls back to the equality map for a new one.
 */
final class MethodIndex {

    private static final int SLOTS = 256;

    private record Seen(Method method, MethodPlans plans) {
    }

    private final Map<Method, MethodPlans> byMethod;
    private final AtomicReferenceArray<Seen> seen = new AtomicReferenceArray<>(SLOTS);

    MethodIndex(Map<Method, MethodPlans> byMethod) {
        this.byMethod = Map.copyOf(byMethod);
    }

    /** The plans of {@code method}, or {@code null} if it is not memoized. */
    MethodPlans get(Method method) {
        int slot = System.identityHashCode(method) & (SLOTS - 1);
        Seen last = seen.getPlain(slot);
        if (last != null && last.method == method) {
            return last.plans;
        }
        MethodPlans plans = byMethod.get(method);
        seen.setPlain(slot, new Seen(method, plans)); // a racing write only costs another lookup later
        return plans;
    }
}
