package dev.memoize.tck.hits;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CatalogService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String price(String product, int quantity) {
        return product + " x" + quantity + " #" + runs.tick("price");
    }

    @Memoize(timeout = 60)
    public String today() {
        return "today #" + runs.tick("today");
    }

    @Memoize(timeout = 60)
    public int total(int[] amounts) {
        runs.tick("total");
        return Arrays.stream(amounts).sum();
    }

    @Memoize(timeout = 60)
    public String tags(List<String> tags) {
        return tags + " #" + runs.tick("tags");
    }

    @Memoize(timeout = 60)
    public String settings(Map<String, Integer> settings) {
        return settings + " #" + runs.tick("settings");
    }

    @Memoize(timeout = 60)
    public String join(String... parts) {
        return String.join("+", parts) + " #" + runs.tick("join");
    }

    @Memoize(timeout = 60)
    public String matrix(int[][] cells) {
        return Arrays.deepToString(cells) + " #" + runs.tick("matrix");
    }
}
