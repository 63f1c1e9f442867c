package dev.memoize.tck.server.ear.a;

import java.io.Serializable;

/** A result type that only WAR a has. */
public record Offer(String item, int run) implements Serializable {
}
