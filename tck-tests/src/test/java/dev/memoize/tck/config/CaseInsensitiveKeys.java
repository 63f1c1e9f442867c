package dev.memoize.tck.config;

import dev.memoize.KeyStrategy;
import dev.memoize.cdi.DefaultKeyStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** A replacement default strategy, selected in beans.xml: strings key case-insensitively. */
@Alternative
@ApplicationScoped
public class CaseInsensitiveKeys implements KeyStrategy {

    private final DefaultKeyStrategy defaults = new DefaultKeyStrategy();

    @Override
    public String keyPart(Object argument) {
        return argument instanceof String text ? "ci" + defaults.keyPart(text.toLowerCase()) : defaults.keyPart(argument);
    }
}
