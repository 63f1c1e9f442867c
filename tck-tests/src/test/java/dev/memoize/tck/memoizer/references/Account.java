package dev.memoize.tck.memoizer.references;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Several instances, each with an identity of its own: its results are keyed by the instance too. */
@Dependent
public class Account {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String balance(String currency) {
        runs.tick("balance");
        return "0 " + currency;
    }

    @Override
    public String toString() {
        return "Account[main]";
    }
}
