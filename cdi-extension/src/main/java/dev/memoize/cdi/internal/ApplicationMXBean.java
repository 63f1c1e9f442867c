package dev.memoize.cdi.internal;

/**
 * The counters of one application's memoization in JMX, all functions summed, as
 * {@code dev.memoize:type=Application,application=<id>}. Public only because JMX requires it: not an API. Each
 * attribute means what the component of {@link dev.memoize.MemoizeStatistics} of the same name means.
 */
public interface ApplicationMXBean {

    /** The names of the application's memoized functions. */
    String[] getFunctions();

    long getHits();

    long getMisses();

    long getBypassed();

    long getCacheFailures();

    long getSingleFlightWaits();

    long getNotMemoized();
}
