package dev.memoize.tck.values;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Functions whose caches the application created itself, before the library (README: "used as it is configured"). */
@ApplicationScoped
public class Stock {

    static final String LIST = "values.stock.list";
    static final String NESTED = "values.stock.nested";
    static final String PRICE = "values.stock.price";

    public record Price(String currency, long cents) implements Serializable {
    }

    /** Immutable, and declared so, but not Serializable. */
    @dev.memoize.Immutable
    public static final class Label {

        private final String text;

        public Label(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    static final String LABEL = "values.stock.label";

    @Memoize(name = LABEL, timeout = 60)
    public Label label(String key) {
        runs.tick("label:" + key);
        return new Label("apple");
    }

    @Inject
    Runs runs;

    @Memoize(name = LIST, timeout = 60)
    public ArrayList<String> list(String key) {
        runs.tick("list:" + key);
        return new ArrayList<>(List.of("apple"));
    }

    @Memoize(name = NESTED, timeout = 60)
    public Map<String, List<String>> nested(String key) {
        runs.tick("nested:" + key);
        Map<String, List<String>> map = new HashMap<>();
        map.put("fruit", new ArrayList<>(List.of("apple")));
        return map;
    }

    @Memoize(name = PRICE, timeout = 60)
    public Price price(String key) {
        runs.tick("price:" + key);
        return new Price("EUR", 100);
    }
}
