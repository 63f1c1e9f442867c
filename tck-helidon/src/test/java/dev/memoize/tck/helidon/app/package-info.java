/**
 * The Helidon MP test application: plain Jakarta CDI and JAX-RS, the library and a JCache provider on its class
 * path, and no configuration of either the library or Java serialization.
 */
package dev.memoize.tck.helidon.app;
