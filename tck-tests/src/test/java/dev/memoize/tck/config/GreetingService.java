package dev.memoize.tck.config;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class GreetingService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String greet(String name) {
        return "hello " + name + " #" + runs.tick("greet");
    }

    @Memoize(timeout = 60, keyStrategy = LengthKeys.class)
    public String byLength(String name) {
        return "length of " + name + " #" + runs.tick("byLength");
    }
}
