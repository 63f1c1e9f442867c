/**
 * The application of {@link dev.memoize.tck.packaging.ShadedJarTest}: its classes go into the shaded jar with the
 * library's, and the test reaches them only through the class loader over that jar.
 */
package dev.memoize.tck.packaging.app;
