package dev.memoize.tck.values;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

@ApplicationScoped
public class ValuesService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String nothing(String x) {
        runs.tick("nothing");
        return null;
    }

    @Memoize(timeout = 60)
    public Optional<String> maybe(String x) {
        runs.tick("maybe");
        return x.isEmpty() ? Optional.empty() : Optional.of(x.toUpperCase());
    }

    @Memoize(timeout = 60)
    public String failing(String x) {
        int run = runs.tick("failing");
        if (run < 3) {
            throw new IllegalStateException("failure " + run);
        }
        return "finally " + run;
    }

    @Memoize(timeout = 60)
    public String checked(String x) throws java.io.IOException {
        runs.tick("checked");
        throw new java.io.IOException("checked " + x);
    }
}
