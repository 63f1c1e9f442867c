package dev.memoize.tck.generics;

/** A generic business interface: its implementation's finder has a bridge method. */
public interface Finder<T> {

    T find(long id);
}
