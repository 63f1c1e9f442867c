package dev.memoize.tck.cluster;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.inject.se.SeContainer;

/** One application on one cluster member (or client). */
final class Node implements AutoCloseable {

    private final String name;
    private final SeContainer container;

    Node(String name, SeContainer container) {
        this.name = name;
        this.container = container;
    }

    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    Memoizer memoizer() {
        return bean(Memoizer.class);
    }

    /** How often a body ran on this node. */
    int runs(String body) {
        return bean(Runs.class).of(body);
    }

    @Override
    public void close() {
        if (container.isRunning()) {
            container.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
