package dev.memoize.tck.mpconfig;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.temporal.ChronoUnit;

/** Every method memoized for a minute (or two) by its annotation; the tests' configuration overrides them. */
@ApplicationScoped
public class Forecasts {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String daily(String city) {
        return city + " #" + runs.tick("daily");
    }

    @Memoize(timeout = 60)
    public String hourly(String city) {
        return city + " #" + runs.tick("hourly");
    }

    @Memoize(timeout = 60)
    public String radar(String city) {
        return city + " #" + runs.tick("radar");
    }

    @Memoize(timeout = 2, unit = ChronoUnit.MINUTES)
    public String weekly(String city) {
        return city + " #" + runs.tick("weekly");
    }
}
