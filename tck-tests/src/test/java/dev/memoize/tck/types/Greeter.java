package dev.memoize.tck.types;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class Greeter {

    static final String GREET = "dev.memoize.tck.types.Greeter.greet";
    static final String LETTERS = "dev.memoize.tck.types.Greeter.letters";

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String greet(String name) {
        return "hello " + name + " #" + runs.tick("greet");
    }

    @Memoize(timeout = 60)
    public int letters(String name) {
        runs.tick("letters");
        return name.length();
    }
}
