package dev.memoize.cdi.internal;

/**
 * Publishes the counters of functions somewhere outside the library (JMX, a Micrometer registry): given every
 * function at startup and each programmatic function when it is declared, and closed with its runtime, when it
 * removes all it published. Reads a function's numbers only when asked for them; never fails a call or the
 * deployment (it logs once and publishes less).
 */
interface MetricsExport {

    /** Publishes one function's counters. */
    void add(FunctionState function);

    /** Removes everything published. */
    void close();
}
