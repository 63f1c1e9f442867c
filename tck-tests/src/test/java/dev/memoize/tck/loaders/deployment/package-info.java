/**
 * The classes of an application deployed in a class loader of its own ({@link dev.memoize.tck.support.DeploymentLoader}):
 * the tests never name them, they reach them through that loader.
 */
package dev.memoize.tck.loaders.deployment;
