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
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    void mapsKeyByContentWhateverTheirOrder() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Map<String, Integer> inserted = new LinkedHashMap<>();
        inserted.put("b", 2);
        inserted.put("a", 1);
        String first = catalog.settings(inserted);
        assertEquals(first, catalog.settings(new TreeMap<>(Map.of("a", 1, "b", 2))));
        assertEquals(1, runs.of("settings"));
        catalog.settings(Map.of("a", 1, "b", 3));
        assertEquals(2, runs.of("settings"));
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
        catalog.join("a,b");
        catalog.join("a", "b");
        catalog.join("a|b");
        catalog.join("a", "|b");
        assertEquals(4, runs.of("join"));
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
