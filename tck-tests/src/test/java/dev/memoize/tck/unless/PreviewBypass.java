package dev.memoize.tck.unless;

import dev.memoize.Unless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.lang.reflect.Method;

/** A CDI bean condition: bypass while previews are switched on. */
@ApplicationScoped
public class PreviewBypass implements Unless {

    @Inject
    PreviewSwitch previews;

    @Override
    public boolean test(Method method, Object[] arguments) {
        return previews.on();
    }
}
