/** Service provider interfaces: storage of memoized results and the interceptor's strategy. */
package dev.memoize.spi;
