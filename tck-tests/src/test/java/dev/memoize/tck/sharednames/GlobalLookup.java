package dev.memoize.tck.sharednames;

import jakarta.enterprise.context.ApplicationScoped;

/** One instance: its keys never include the target. */
@ApplicationScoped
public class GlobalLookup extends LookupBase {

    @Override
    protected String scope() {
        return "global";
    }
}
