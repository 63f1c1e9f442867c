package dev.memoize.tck.inheritance;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UsMirror extends Mirror {

    @Override
    protected String site() {
        return "us";
    }
}
