package dev.memoize.tck.server.ear.b;

import java.io.Serializable;

/** A result type that only WAR b has. */
public record Offer(String item, int run) implements Serializable {
}
