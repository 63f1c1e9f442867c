package dev.memoize.tck.server.validation;

import dev.memoize.Memoize;
import jakarta.enterprise.context.ApplicationScoped;

/** A misuse: a void method has no result to memoize. */
@ApplicationScoped
public class VoidReport {

    @Memoize(timeout = 60)
    public void refresh() {
    }
}
