/**
 * Memoization for Jakarta EE: {@link dev.memoize.Memoize @Memoize} on CDI bean methods, the injectable
 * {@link dev.memoize.Memoizer} for deletions, and the {@link dev.memoize.KeyStrategy} SPI.
 */
package dev.memoize;
