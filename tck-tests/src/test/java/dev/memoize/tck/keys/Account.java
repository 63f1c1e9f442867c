package dev.memoize.tck.keys;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** A bean with an identity of its own (it overrides toString), so each account memoizes separately. */
@Dependent
public class Account {

    @Inject
    Runs runs;

    private String id = "unset";

    public void setId(String id) {
        this.id = id;
    }

    @Memoize(timeout = 60)
    public String balance() {
        return id + " balance #" + runs.tick("balance");
    }

    @Override
    public String toString() {
        return "Account[" + id + "]";
    }
}
