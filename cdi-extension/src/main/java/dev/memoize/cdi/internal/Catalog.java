package dev.memoize.cdi.internal;

import java.util.List;

/**
 * Every memoized method the deployment declares, as found and validated by the extension.
 *
 * @param methods the methods, in discovery order
 */
record Catalog(List<MethodSpec> methods) {
}
