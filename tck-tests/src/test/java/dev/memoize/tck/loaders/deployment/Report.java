package dev.memoize.tck.loaders.deployment;

import java.io.Serializable;

/** A result class of the deployment: stored by value, every copy of it must be made with the deployment's class loader. */
public record Report(String region, int total) implements Serializable {
}
