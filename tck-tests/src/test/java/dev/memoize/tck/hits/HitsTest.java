package dev.memoize.tck.hits;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Hits and misses: the cases of django-memoize's own test suite, carried over. */
@ExtendWith(ArquillianExtension.class)
class HitsTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(CatalogService.class, EverythingMemoized.class);
    }

    @Inject
    CatalogService catalog;

    @Inject
    EverythingMemoized everything;

    @Inject
    Runs runs;

    @Test
    void sameArgumentsRunTheBodyOnce() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = catalog.price("apple", 3);
        assertEquals(first, catalog.price("apple", 3));
        assertEquals(first, catalog.price("apple", 3));
        assertEquals(1, runs.of("price"));
    }

    @Test
    void otherArgumentsRunTheBodyAgain() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String apples = catalog.price("pear", 3);
        String morePears = catalog.price("pear", 4);
        String plums = catalog.price("plum", 3);
        assertNotEquals(apples, morePears);
        assertNotEquals(apples, plums);
        assertEquals(3, runs.of("price"));
        assertEquals(morePears, catalog.price("pear", 4));
        assertEquals(3, runs.of("price"));
    }

    @Test
    void methodWithoutArgumentsIsMemoizedOnce() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals(catalog.today(), catalog.today());
        assertEquals(1, runs.of("today"));
    }

    @Test
    void arraysKeyByContent() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals(6, catalog.total(new int[] {1, 2, 3}));
        assertEquals(6, catalog.total(new int[] {1, 2, 3}));
        assertEquals(1, runs.of("total"));
        assertEquals(6, catalog.total(new int[] {3, 2, 1}));
        assertEquals(2, runs.of("total"));
    }

    @Test
    void nestedArraysKeyByContent() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = catalog.matrix(new int[][] {{1, 2}, {3}});
        assertEquals(first, catalog.matrix(new int[][] {{1, 2}, {3}}));
        assertEquals(1, runs.of("matrix"));
        catalog.matrix(new int[][] {{1}, {2, 3}});
        assertEquals(2, runs.of("matrix"));
    }

    @Test
    void listsKeyByContentWhateverTheirClass() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String first = catalog.tags(new ArrayList<>(List.of("a", "b")));
        assertEquals(first, catalog.tags(new LinkedList<>(List.of("a", "b"))));
        assertEquals(first, catalog.tags(List.of("a", "b")));
        assertEquals(1, runs.of("tags"));
        catalog.tags(List.of("b", "a"));
        assertEquals(2, runs.of("tags"));
    }

    @Test
    void unorderedMapsKeyByContentWhateverTheirInsertionOrder() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        // "Aa" and "BB" have one hash code, so a HashMap iterates them in the order they were put
        Map<String, Integer> aFirst = new HashMap<>();
        aFirst.put("Aa", 1);
        aFirst.put("BB", 2);
        Map<String, Integer> bFirst = new HashMap<>();
        bFirst.put("BB", 2);
        bFirst.put("Aa", 1);
        assertNotEquals(List.copyOf(aFirst.keySet()), List.copyOf(bFirst.keySet()), "the test's premise");

        String first = catalog.settings(aFirst);
        assertEquals(first, catalog.settings(bFirst));
        assertEquals(1, runs.of("settings"), "an equal HashMap, whatever its insertion order, is a hit");
        catalog.settings(Map.of("Aa", 1, "BB", 3));
        assertEquals(2, runs.of("settings"), "other content, another result");
    }

    @Test
    void orderedMapsKeepTheirOrderInTheKey() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Map<String, Integer> xFirst = new LinkedHashMap<>();
        xFirst.put("x", 1);
        xFirst.put("y", 2);
        Map<String, Integer> yFirst = new LinkedHashMap<>();
        yFirst.put("y", 2);
        yFirst.put("x", 1);

        String first = catalog.settings(xFirst);
        assertEquals(first, catalog.settings(xFirst));
        assertEquals(1, runs.of("settings"), "memoized");
        String second = catalog.settings(yFirst);
        assertEquals(2, runs.of("settings"), "a method can observe a LinkedHashMap's order: another order, another key");
        assertNotEquals(first, second);
        assertEquals(second, catalog.settings(yFirst));
        assertEquals(2, runs.of("settings"), "memoized under its own key");
    }

    @Test
    void varargsCallEqualsTheSameCallWithAnExplicitArray() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String spread = catalog.join("x", "y");
        assertEquals(spread, catalog.join(new String[] {"x", "y"}));
        assertEquals(1, runs.of("join"));
    }

    @Test
    void oneArgumentWithASeparatorDiffersFromTwoArguments() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String commaInOne = catalog.join("a,b");
        String two = catalog.join("a", "b");
        String barInOne = catalog.join("a|b");
        String barInTheSecond = catalog.join("a", "|b");
        assertEquals(4, runs.of("join"), "no two of these calls share a result");
        assertEquals(commaInOne, catalog.join("a,b"));
        assertEquals(two, catalog.join("a", "b"));
        assertEquals(barInOne, catalog.join("a|b"));
        assertEquals(barInTheSecond, catalog.join("a", "|b"));
        assertEquals(4, runs.of("join"), "each is memoized under a key of its own: the second round was all hits");
    }

    @Test
    void memoizeOnTheTypeMemoizesEveryMethodWithAResult() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertEquals(everything.first("x"), everything.first("x"));
        assertEquals(everything.second("x"), everything.second("x"));
        everything.sideEffect();
        everything.sideEffect();
        assertEquals(1, runs.of("first"));
        assertEquals(1, runs.of("second"));
        assertEquals(2, runs.of("sideEffect"));
    }
}
