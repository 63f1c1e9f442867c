package dev.memoize.tck.review2;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/** Beans and config sources of the configuration probes. */
public final class Review2ConfigBeans {

    private Review2ConfigBeans() {
    }

    @ApplicationScoped
    public static class Weather {
        @Inject
        Runs runs;

        @Memoize(timeout = 60)
        public String find(String city) {
            return city + "#" + runs.tick("weather.find");
        }

        @Memoize(timeout = 0)
        public String live(String city) {
            return city + "#" + runs.tick("weather.live");
        }

        @Memoize
        public String byDefault(String city) {
            return city + "#" + runs.tick("weather.byDefault");
        }
    }

}
