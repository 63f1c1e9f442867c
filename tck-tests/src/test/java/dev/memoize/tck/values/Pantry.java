package dev.memoize.tck.values;

import dev.memoize.Immutable;
import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Results of every shape application code returns: mutable and immutable, JDK and the application's own. */
@ApplicationScoped
public class Pantry {

    /** A mutable result of the application's own, as a JPA-free DTO often is. */
    public static final class Basket implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        public final List<String> fruit = new ArrayList<>();
    }

    /** A record whose component is mutable: shallowly immutable only. */
    public record Page(List<String> rows) implements Serializable {
    }

    /** A record of immutable components. */
    public record Price(String currency, long cents) implements Serializable {
    }

    /** A record whose accessor hands out a copy, but whose field is mutable and changed by the application. */
    public record Account(String id, List<String> owners) implements Serializable {
        public Account {
            owners = new ArrayList<>(owners);
        }

        @Override
        public List<String> owners() {
            return List.copyOf(owners);
        }

        public void addOwner(String owner) {
            owners.add(owner);
        }
    }

    /** Serializable by its type, but its serialization throws, as a custom writeObject guarding its state may. */
    public static final class Guarded implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        public final List<String> items = new ArrayList<>(List.of("secret"));

        @Serial
        private void writeObject(java.io.ObjectOutputStream out) {
            throw new UnsupportedOperationException("not to be written anywhere");
        }
    }

    /** A linked chain too deep for Java serialization's recursion. */
    public static final class Node implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        public Node next;
    }

    /** A class the application declares immutable; not serializable, so a local cache must share it. */
    @Immutable
    public static final class Label implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String text;

        public Label(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    @Inject
    Runs runs;

    volatile CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);

    @Memoize(timeout = 60)
    public ArrayList<String> list(String key) throws InterruptedException {
        runs.tick("list:" + key);
        entered.countDown();
        release.await(10, TimeUnit.SECONDS);
        return new ArrayList<>(List.of("apple"));
    }

    @Memoize(timeout = 60)
    public Map<String, List<String>> nested(String key) {
        runs.tick("nested:" + key);
        Map<String, List<String>> map = new HashMap<>();
        map.put("fruit", new ArrayList<>(List.of("apple")));
        return map;
    }

    @Memoize(timeout = 60)
    public Basket basket(String key) {
        runs.tick("basket:" + key);
        Basket basket = new Basket();
        basket.fruit.add("apple");
        return basket;
    }

    @Memoize(timeout = 60)
    public int[] counts(String key) {
        runs.tick("counts:" + key);
        return new int[] {1, 2, 3};
    }

    @Memoize(timeout = 60)
    public Page page(String key) {
        runs.tick("page:" + key);
        return new Page(new ArrayList<>(List.of("row")));
    }

    @Memoize(timeout = 60)
    public List<String> names(String key) {
        runs.tick("names:" + key);
        return List.of("ada", "grace");
    }

    @Memoize(timeout = 60)
    public Price price(String key) {
        runs.tick("price:" + key);
        return new Price("EUR", 1999);
    }

    @Memoize(timeout = 60)
    public Label label(String key) {
        runs.tick("label:" + key);
        return new Label("fresh");
    }

    @Memoize(timeout = 60)
    public Account account(String key) {
        runs.tick("account:" + key);
        return new Account(key, List.of("ada"));
    }

    @Memoize(timeout = 60)
    public Guarded guarded(String key) {
        runs.tick("guarded:" + key);
        return new Guarded();
    }

    @Memoize(timeout = 60)
    public Node chain(String key) {
        runs.tick("chain:" + key);
        Node head = new Node();
        Node node = head;
        for (int i = 0; i < 200_000; i++) {
            node.next = new Node();
            node = node.next;
        }
        return head;
    }

    /** The next computation of {@link #list} signals its start and waits for {@link #release()}. */
    public void holdNext() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    public boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    public void release() {
        release.countDown();
    }
}
