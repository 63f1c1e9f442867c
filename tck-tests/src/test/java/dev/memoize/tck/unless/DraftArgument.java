package dev.memoize.tck.unless;

import dev.memoize.Unless;

import java.lang.reflect.Method;

/** A plain class condition (not a bean): bypass when the first argument is a draft. */
public class DraftArgument implements Unless {

    @Override
    public boolean test(Method method, Object[] arguments) {
        return arguments[0] instanceof String name && name.startsWith("draft:");
    }
}
