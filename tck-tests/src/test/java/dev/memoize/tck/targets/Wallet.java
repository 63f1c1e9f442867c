package dev.memoize.tck.targets;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** A bean with several instances, each with an identity of its own (its toString shows its owner). */
@Dependent
public class Wallet {

    static final String BALANCE = "dev.memoize.tck.targets.Wallet.balance";

    @Inject
    Runs runs;

    private String owner = "nobody";

    public void setOwner(String owner) {
        this.owner = owner;
    }

    @Memoize(timeout = 60)
    public String balance(String currency) {
        return owner + " " + currency + " #" + runs.tick("balance");
    }

    @Override
    public String toString() {
        return "Wallet[" + owner + "]";
    }
}
