/** The CDI extension's public classes: the built-in {@link dev.memoize.cdi.DefaultKeyStrategy}. */
package dev.memoize.cdi;
