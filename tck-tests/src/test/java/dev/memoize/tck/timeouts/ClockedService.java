package dev.memoize.tck.timeouts;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class ClockedService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String minute(String x) {
        return x + " #" + runs.tick("minute");
    }

    @Memoize
    public String byDefault(String x) {
        return x + " #" + runs.tick("byDefault");
    }

    @Memoize(timeout = 0)
    public String never(String x) {
        return x + " #" + runs.tick("never");
    }

    @Memoize(timeout = Memoize.FOREVER)
    public String forever(String x) {
        return x + " #" + runs.tick("forever");
    }

    @Memoize(timeout = 2, unit = ChronoUnit.HOURS)
    public String hours(String x) {
        return x + " #" + runs.tick("hours");
    }

    @Memoize(timeout = 1000, unit = ChronoUnit.MILLIS)
    public String brief(String x) {
        return x + " #" + runs.tick("brief");
    }
}
