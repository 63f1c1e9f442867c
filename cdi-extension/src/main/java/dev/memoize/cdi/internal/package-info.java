/**
 * Implementation of the CDI extension. Internal: nothing here is API, and it may change in any release.
 */
package dev.memoize.cdi.internal;
