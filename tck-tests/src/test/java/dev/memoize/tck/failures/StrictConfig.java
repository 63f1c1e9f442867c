package dev.memoize.tck.failures;

import dev.memoize.tck.support.TestConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** Strict mode: a failing cache fails the call. */
@Alternative
@Priority(1)
@ApplicationScoped
public class StrictConfig extends TestConfig {

    @Override
    public boolean strict() {
        return true;
    }
}
