package dev.memoize.tck.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The same replacement, selected for the whole application with @Priority. */
@Alternative
@Priority(10)
@ApplicationScoped
public class GlobalCaseInsensitiveKeys extends CaseInsensitiveKeys {
}
