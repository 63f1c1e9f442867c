package dev.memoize.tck.support;

/** Whether this run has MicroProfile Config (the caffeine-by-reference run goes without it). */
public final class MicroProfileConfig {

    private MicroProfileConfig() {
    }

    /** For {@code @EnabledIf}: whether the MicroProfile Config API is on the test class path. */
    public static boolean present() {
        try {
            Class.forName("org.eclipse.microprofile.config.ConfigProvider", false,
                    MicroProfileConfig.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
