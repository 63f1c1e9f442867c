package dev.memoize.tck.generics;

import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class EnDescriber implements Describer {

    @Inject
    Runs runs;

    @Override
    public String prefix() {
        return "en";
    }

    @Override
    public Runs runs() {
        return runs;
    }
}
