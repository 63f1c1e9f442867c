package dev.memoize.tck.mpconfig;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A memoized method inherited by two bean classes: two functions, each named after its bean class. */
public abstract class Almanac {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String sunrise(String day) {
        return day + " #" + runs.tick(place() + ".sunrise");
    }

    /** Which bean's runs are counted. */
    abstract String place();

    /** A bean class that no key names: the declaring class's key applies. */
    @ApplicationScoped
    public static class CityAlmanac extends Almanac {

        @Override
        String place() {
            return "city";
        }
    }

    /** A bean class that a key of its own names: it wins over the declaring class's. */
    @ApplicationScoped
    public static class HarbourAlmanac extends Almanac {

        @Override
        String place() {
            return "harbour";
        }
    }
}
