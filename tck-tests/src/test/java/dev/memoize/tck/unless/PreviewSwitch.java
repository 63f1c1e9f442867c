package dev.memoize.tck.unless;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PreviewSwitch {

    private volatile boolean on;

    public boolean on() {
        return on;
    }

    public void set(boolean on) {
        this.on = on;
    }
}
