package dev.memoize.tck.generics;

import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class FrDescriber implements Describer {

    @Inject
    Runs runs;

    @Override
    public String prefix() {
        return "fr";
    }

    @Override
    public Runs runs() {
        return runs;
    }
}
