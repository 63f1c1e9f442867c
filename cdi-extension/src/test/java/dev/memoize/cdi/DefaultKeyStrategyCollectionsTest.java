package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rules 10 to 13: ordered collections key in their order, unordered ones in any insertion order the same. */
class DefaultKeyStrategyCollectionsTest {

    private final DefaultKeyStrategy keys = new DefaultKeyStrategy();

    enum Color { RED, GREEN }

    /** A comparator without state: keyed by its class. */
    static final class ByLength implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return Integer.compare(a.length(), b.length());
        }
    }

    /** A comparator with state and no key of its own. */
    static final class Offset implements Comparator<Integer> {
        private final int offset;

        Offset(int offset) {
            this.offset = offset;
        }

        @Override
        public int compare(Integer a, Integer b) {
            return Integer.compare(Math.floorMod(a + offset, 10), Math.floorMod(b + offset, 10));
        }
    }

    /** A comparator with state that keys as a record. */
    record Modulo(int modulus) implements Comparator<Integer> {
        @Override
        public int compare(Integer a, Integer b) {
            return Integer.compare(a % modulus, b % modulus);
        }
    }

    /** A map class the strategy does not know: its iteration order counts. */
    static final class Pairs extends AbstractMap<String, Integer> {
        private final Map<String, Integer> entries;

        Pairs(Map<String, Integer> entries) {
            this.entries = entries;
        }

        @Override
        public Set<Entry<String, Integer>> entrySet() {
            return entries.entrySet();
        }
    }

    private static <K, V> Map<K, V> linked(K k1, V v1, K k2, V v2) {
        Map<K, V> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    @Test
    void aListKeepsItsOrder() {
        assertEquals("List[1,2]", keys.keyPart(List.of(1, 2)));
        assertNotEquals(keys.keyPart(List.of(1, 2)), keys.keyPart(List.of(2, 1)));
        assertEquals(keys.keyPart(List.of(1, 2)), keys.keyPart(new ArrayList<>(List.of(1, 2))));
    }

    @Test
    void insertionOrderedMapsAndSetsKeepTheirOrder() {
        assertEquals("Map[\"b\"=2,\"a\"=1]", keys.keyPart(linked("b", 2, "a", 1)));
        assertNotEquals(keys.keyPart(linked("b", 2, "a", 1)), keys.keyPart(linked("a", 1, "b", 2)));
        assertEquals("Set[\"b\",\"a\"]", keys.keyPart(new LinkedHashSet<>(List.of("b", "a"))));
        assertNotEquals(keys.keyPart(new LinkedHashSet<>(List.of("b", "a"))), keys.keyPart(new LinkedHashSet<>(List.of("a", "b"))));
    }

    @Test
    void unorderedMapsAndSetsKeyTheSameWhateverTheirInsertionOrder() {
        // "Aa" and "BB" share a hash code: a HashMap iterates them in insertion order
        Map<String, Integer> ab = new HashMap<>();
        ab.put("Aa", 1);
        ab.put("BB", 2);
        Map<String, Integer> ba = new HashMap<>();
        ba.put("BB", 2);
        ba.put("Aa", 1);
        assertNotEquals(List.copyOf(ab.keySet()), List.copyOf(ba.keySet()), "the premise: different iteration orders");
        assertEquals("Map{\"Aa\"=1,\"BB\"=2}", keys.keyPart(ab));
        assertEquals(keys.keyPart(ab), keys.keyPart(ba));
        assertEquals(keys.keyPart(ab), keys.keyPart(Map.of("BB", 2, "Aa", 1)));
        assertEquals(keys.keyPart(ab), keys.keyPart(new ConcurrentHashMap<>(ab)));
        assertEquals(keys.keyPart(ab), keys.keyPart(new Hashtable<>(ab)));
        assertEquals("Set{\"Aa\",\"BB\"}", keys.keyPart(ba.keySet()));
        assertEquals(keys.keyPart(new HashSet<>(List.of("BB", "Aa"))), keys.keyPart(Set.of("Aa", "BB")));
        assertEquals(keys.keyPart(Set.of("Aa", "BB")), keys.keyPart(new HashSet<>(ab.keySet())));
        Set<String> concurrent = ConcurrentHashMap.newKeySet();
        concurrent.addAll(List.of("BB", "Aa"));
        assertEquals(keys.keyPart(Set.of("Aa", "BB")), keys.keyPart(concurrent));
        assertEquals(keys.keyPart(Set.of("a")), keys.keyPart(Collections.singleton("a")));
        assertEquals(keys.keyPart(Map.of()), keys.keyPart(Collections.emptyMap()));
    }

    @Test
    void orderedAndUnorderedCollectionsOfTheSameContentMayDiffer() {
        Map<String, Integer> entries = Map.of("a", 1, "b", 2);
        assertNotEquals(keys.keyPart(new HashMap<>(entries)), keys.keyPart(new LinkedHashMap<>(new TreeMap<>(entries))));
        assertNotEquals(keys.keyPart(new TreeMap<>(entries)), keys.keyPart(new LinkedHashMap<>(new TreeMap<>(entries))));
        assertNotEquals(keys.keyPart(Set.of(1, 2)), keys.keyPart(List.of(1, 2)));
    }

    @Test
    void aSortedSetOrMapKeysWithItsComparator() {
        assertEquals("SortedSet(natural)[\"a\",\"b\"]", keys.keyPart(new TreeSet<>(Set.of("b", "a"))));
        TreeSet<String> reversed = new TreeSet<>(Comparator.reverseOrder());
        reversed.addAll(Set.of("a", "b"));
        assertEquals("SortedSet(java.util.Collections$ReverseComparator())[\"b\",\"a\"]", keys.keyPart(reversed));
        TreeSet<String> caseless = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        caseless.addAll(Set.of("a", "b"));
        assertNotEquals(keys.keyPart(new TreeSet<>(Set.of("a", "b"))), keys.keyPart(caseless),
                "same order, but contains(\"A\") differs");
        TreeMap<String, Integer> byLength = new TreeMap<>(new ByLength());
        byLength.put("bb", 2);
        byLength.put("a", 1);
        assertEquals("SortedMap(" + ByLength.class.getName() + "())[\"a\"=1,\"bb\"=2]", keys.keyPart(byLength));
        assertEquals("SortedMap(natural)[\"a\"=1,\"bb\"=2]", keys.keyPart(new TreeMap<>((Map<String, Integer>) byLength)));
    }

    @Test
    void aComparatorWithStateKeysByItsOwnPartOrNotAtAll() {
        TreeSet<Integer> modulo = new TreeSet<>(new Modulo(3));
        modulo.add(1);
        assertEquals("SortedSet(" + Modulo.class.getName() + "(modulus=3))[1]", keys.keyPart(modulo));
        TreeSet<Integer> offset = new TreeSet<>(new Offset(5));
        offset.add(1);
        assertNull(keys.keyPart(offset));
        int captured = 3;
        TreeSet<Integer> capturing = new TreeSet<>(Comparator.comparing(i -> i % captured));
        capturing.add(1);
        assertNull(keys.keyPart(capturing));
        TreeSet<Integer> lambda = new TreeSet<>((a, b) -> Integer.compare(b, a));
        lambda.add(1);
        assertNull(keys.keyPart(lambda), "a lambda's class name is made up by each JVM");
    }

    @Test
    void aPriorityQueueKeysWithItsComparator() {
        PriorityQueue<Integer> natural = new PriorityQueue<>(List.of(1));
        PriorityQueue<Integer> reversed = new PriorityQueue<>(Comparator.reverseOrder());
        reversed.add(1);
        assertEquals("PriorityQueue(natural)[1]", keys.keyPart(natural));
        assertNotEquals(keys.keyPart(natural), keys.keyPart(reversed));
    }

    @Test
    void otherCollectionsAndMapsKeepTheirIterationOrder() {
        assertEquals("Collection[1,2]", keys.keyPart(new ArrayDeque<>(List.of(1, 2))));
        assertEquals("Set[" + Color.class.getName() + ".RED," + Color.class.getName() + ".GREEN]",
                keys.keyPart(EnumSet.allOf(Color.class)));
        assertNotEquals(keys.keyPart(new Pairs(linked("b", 2, "a", 1))), keys.keyPart(new Pairs(linked("a", 1, "b", 2))));
    }

    @Test
    void identityCollectionsHaveNoKey() {
        Map<String, Integer> identities = new IdentityHashMap<>();
        identities.put("a", 1);
        assertNull(keys.keyPart(identities));
        assertNull(keys.keyPart(identities.keySet()));
        Set<String> identitySet = Collections.newSetFromMap(new IdentityHashMap<>());
        identitySet.add("a");
        assertNull(keys.keyPart(identitySet));
    }

    @Test
    void aCollectionThatContainsItselfHasNoKey() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertNull(keys.keyPart(loop));
    }
}
