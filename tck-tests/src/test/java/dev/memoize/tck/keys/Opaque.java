package dev.memoize.tck.keys;

/** A class whose only identity is its memory address: no toString, no key. */
public class Opaque {
}
