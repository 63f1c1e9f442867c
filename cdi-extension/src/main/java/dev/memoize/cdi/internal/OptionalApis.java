package dev.memoize.cdi.internal;

/**
 * The optional APIs the library uses where an application or its runtime has them (MicroProfile Config, Micrometer,
 * MicroProfile Metrics), and whether one is there, asked without loading any class of it. Each is used by one class
 * of the library only ({@link MicroProfileSettings}, {@link MicrometerExport}, {@link MicroProfileMetricsExport}),
 * which is loaded only after this says yes.
 */
final class OptionalApis {

    /** A type of the MicroProfile Config API. */
    static final String MICROPROFILE_CONFIG = "org.eclipse.microprofile.config.ConfigProvider";

    /** A type of Micrometer. */
    static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";

    /** A type of the MicroProfile Metrics API. */
    static final String MICROPROFILE_METRICS = "org.eclipse.microprofile.metrics.MetricRegistry";

    private OptionalApis() {
    }

    /** Whether {@code type} can be loaded by {@code loader}; it is not initialized. */
    static boolean visible(String type, ClassLoader loader) {
        try {
            Class.forName(type, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
