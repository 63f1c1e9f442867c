package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rule 7: arrays key by content and component type. */
class DefaultKeyStrategyArraysTest {

    private final DefaultKeyStrategy keys = new DefaultKeyStrategy();

    private static Object varargs(String... values) {
        return values;
    }

    private static Object objectVarargs(Object... values) {
        return values;
    }

    @Test
    void anArrayKeysByItsTypeAndContent() {
        assertEquals("int[]{1,2}", keys.keyPart(new int[] {1, 2}));
        assertEquals("long[]{1L}", keys.keyPart(new long[] {1L}));
        assertEquals("short[]{1S}", keys.keyPart(new short[] {1}));
        assertEquals("byte[]{1B,-1B}", keys.keyPart(new byte[] {1, -1}));
        assertEquals("double[]{1.0D,-0.0D}", keys.keyPart(new double[] {1.0, -0.0}));
        assertEquals("float[]{1.0F}", keys.keyPart(new float[] {1.0f}));
        assertEquals("char[]{'a','\\''}", keys.keyPart(new char[] {'a', '\''}));
        assertEquals("boolean[]{true,false}", keys.keyPart(new boolean[] {true, false}));
        assertEquals("java.lang.Integer[]{1,null}", keys.keyPart(new Integer[] {1, null}));
        assertEquals("java.lang.Object[]{1,\"a\",1L}", keys.keyPart(new Object[] {1, "a", 1L}));
        assertEquals("int[][]{int[]{1,2},int[]{3}}", keys.keyPart(new int[][] {{1, 2}, {3}}));
        assertEquals("java.lang.Object[]{int[]{1},java.lang.String[]{\"a\"}}",
                keys.keyPart(new Object[] {new int[] {1}, new String[] {"a"}}));
    }

    @Test
    void arraysOfOneContentAndDifferentTypesNeverShareAKey() {
        List<Object> arrays = List.of(new int[] {1}, new Integer[] {1}, new Object[] {1}, new Number[] {1},
                new long[] {1}, new Long[] {1L}, new short[] {1}, new double[] {1}, new String[] {"1"},
                new char[] {'1'}, new int[][] {{1}}, new Object[] {new int[] {1}});
        Set<String> parts = arrays.stream().map(keys::keyPart).collect(Collectors.toSet());
        assertEquals(arrays.size(), parts.size(), parts.toString());
    }

    @Test
    void emptyArraysOfDifferentTypesNeverShareAKey() {
        List<Object> arrays = List.of(new int[0], new long[0], new Integer[0], new Object[0], new String[0],
                new int[0][], new boolean[0]);
        Set<String> parts = arrays.stream().map(keys::keyPart).collect(Collectors.toSet());
        assertEquals(arrays.size(), parts.size(), parts.toString());
    }

    @Test
    void theTypeCountsInsideCollectionsMapsAndOptionals() {
        // List.of(Object) with one array element: a cast keeps an Integer[] from being taken as the varargs array
        assertNotEquals(keys.keyPart(List.of(new int[] {1})), keys.keyPart(List.of((Object) new Integer[] {1})));
        assertNotEquals(keys.keyPart(List.of((Object) new Object[] {1})), keys.keyPart(List.of((Object) new Integer[] {1})));
        assertNotEquals(keys.keyPart(Set.of(new int[] {1})), keys.keyPart(Set.of(new long[] {1})));
        Map<String, Object> ints = new HashMap<>(Map.of("k", new int[] {1}));
        Map<String, Object> objects = new HashMap<>(Map.of("k", new Object[] {1}));
        assertNotEquals(keys.keyPart(ints), keys.keyPart(objects));
        assertNotEquals(keys.keyPart(Optional.of(new int[0])), keys.keyPart(Optional.of(new String[0])));
    }

    @Test
    void aVarargsCallEqualsTheCallWithAnExplicitArray() {
        assertEquals(keys.keyPart(new String[] {"a", "b"}), keys.keyPart(varargs("a", "b")));
        assertEquals(keys.keyPart(new String[0]), keys.keyPart(varargs()));
        assertEquals(keys.keyPart(new Object[] {1, "a"}), keys.keyPart(objectVarargs(1, "a")));
        assertNotEquals(keys.keyPart(varargs("a")), keys.keyPart(objectVarargs("a")), "String... and Object... differ");
    }

    @Test
    void anArrayOfArraysIsNotItsFlatContent() {
        assertNotEquals(keys.keyPart(new int[][] {{1, 2}}), keys.keyPart(new int[][] {{1}, {2}}));
        assertNotEquals(keys.keyPart(new String[] {"a,b"}), keys.keyPart(new String[] {"a", "b"}));
    }
}
