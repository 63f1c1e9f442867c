package dev.memoize.tck.keyfailures;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class LabelService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String label(Fragile sticker) {
        return "label #" + runs.tick("label");
    }

    @Memoize(timeout = 60, keyStrategy = ThrowingStrategy.class)
    public String code(String value) {
        return value + " code #" + runs.tick("code");
    }
}
