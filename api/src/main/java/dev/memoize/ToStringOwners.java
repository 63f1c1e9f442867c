package dev.memoize;

/** Remembers, per class, whether it overrides {@code toString()}: {@link KeyStrategy#targetPart} asks on every call. */
final class ToStringOwners {

    private static final ClassValue<Boolean> OWNS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException impossible) {
                return false;
            }
        }
    };

    private ToStringOwners() {
    }

    static boolean ownsToString(Class<?> type) {
        return OWNS.get(type);
    }
}
