package dev.memoize.cdi.internal;

/**
 * The counters of one memoized function in JMX, as {@code dev.memoize:type=Function,application=<id>,name=<quoted
 * function name>}. Public only because JMX requires it: not an API. Each attribute means what the component of
 * {@link dev.memoize.FunctionStatistics} of the same name means; times are in milliseconds.
 */
public interface FunctionMXBean {

    /** The function's name. */
    String getName();

    long getHits();

    long getMisses();

    long getBypassed();

    long getCacheFailures();

    long getSingleFlightWaits();

    long getNotMemoized();

    /** The cache's entries as the provider counts them, or -1 if it cannot tell. */
    long getEntries();

    /** The cache's evictions as the provider counts them, or -1 if it cannot tell. */
    long getEvictions();

    /** Computations measured in the miss times. */
    long getMissCount();

    double getMissTimeTotalMillis();

    double getMissTimeMaxMillis();

    double getMissTimeP50Millis();

    double getMissTimeP95Millis();

    double getMissTimeP99Millis();
}
