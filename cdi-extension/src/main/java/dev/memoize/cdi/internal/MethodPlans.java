package dev.memoize.cdi.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans of one Java method, one per bean class that memoizes it, and which plan an intercepted target's
 * class gets: that of its bean class, found by walking up from the target's (possibly container-generated) class.
 */
final class MethodPlans {

    private static final Plan NONE = null;

    private final Map<Class<?>, Plan> byBeanClass;
    private final ConcurrentHashMap<Class<?>, Object> byTargetClass = new ConcurrentHashMap<>();

    MethodPlans(Map<Class<?>, Plan> byBeanClass) {
        this.byBeanClass = Map.copyOf(byBeanClass);
    }

    /** The plan of a target of this class, or {@code null} if the class is none of the memoizing bean classes. */
    Plan forTarget(Class<?> targetClass) {
        Object known = byTargetClass.get(targetClass);
        if (known == null) {
            known = byTargetClass.computeIfAbsent(targetClass, this::resolve);
        }
        return known instanceof Plan plan ? plan : NONE;
    }

    private Object resolve(Class<?> targetClass) {
        for (Class<?> type = targetClass; type != null; type = type.getSuperclass()) {
            Plan plan = byBeanClass.get(type);
            if (plan != null) {
                return plan;
            }
        }
        return Boolean.FALSE;
    }
}
