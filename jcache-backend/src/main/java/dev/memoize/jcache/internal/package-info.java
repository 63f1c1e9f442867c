/** JSR-107 storage of memoized results. Internal: nothing here is API, and it may change in any release. */
package dev.memoize.jcache.internal;
