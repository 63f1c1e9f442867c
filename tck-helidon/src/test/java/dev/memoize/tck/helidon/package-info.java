/**
 * The library on Helidon MP 4, in a child JVM on Java 21+, driven over HTTP: memoized calls hit, deletes recompute,
 * results are copied under Helidon's deserialization filter.
 */
package dev.memoize.tck.helidon;
