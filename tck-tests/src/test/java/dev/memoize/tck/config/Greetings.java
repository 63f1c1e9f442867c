package dev.memoize.tck.config;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/** A memoized method in an application with no configuration of its own; counts its body runs. */
@ApplicationScoped
public class Greetings {

    private final AtomicInteger runs = new AtomicInteger();

    @Memoize(timeout = 60)
    public String greet(String name) {
        return "hello " + name + " #" + runs.incrementAndGet();
    }

    public int runs() {
        return runs.get();
    }
}
