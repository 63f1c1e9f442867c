package dev.memoize.tck.inheritance;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EuMirror extends Mirror {

    @Override
    protected String site() {
        return "eu";
    }
}
