package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DefaultKeyStrategyTest {

    private final DefaultKeyStrategy keys = new DefaultKeyStrategy();

    enum Role { ADMIN }

    record Money(long cents, String currency) {
    }

    static final class Opaque {
    }

    static class Named {
        @Override
        public String toString() {
            return "named";
        }
    }

    @Test
    void everyRuleAsDocumented() {
        assertEquals("null", keys.keyPart(null));
        assertEquals("\"a\\\"b\\\\c\"", keys.keyPart("a\"b\\c"));
        assertEquals("1", keys.keyPart(1));
        assertEquals("1L", keys.keyPart(1L));
        assertEquals("1S", keys.keyPart((short) 1));
        assertEquals("1B", keys.keyPart((byte) 1));
        assertEquals("1.0D", keys.keyPart(1.0));
        assertEquals("1.0F", keys.keyPart(1.0f));
        assertEquals("1BI", keys.keyPart(BigInteger.ONE));
        assertEquals("1.0BD", keys.keyPart(new BigDecimal("1.0")));
        assertEquals("true", keys.keyPart(true));
        assertEquals("'c'", keys.keyPart('c'));
        assertEquals(Role.class.getName() + ".ADMIN", keys.keyPart(Role.ADMIN));
        assertEquals("class java.lang.String", keys.keyPart(String.class));
        assertEquals("Optional[\"x\"]", keys.keyPart(Optional.of("x")));
        assertEquals("Optional.empty", keys.keyPart(Optional.empty()));
        assertEquals("int[]{1,2}", keys.keyPart(new int[] {1, 2}));
        assertEquals("long[][]{long[]{1L},long[]{}}", keys.keyPart(new long[][] {{1L}, {}}));
        assertEquals(Money.class.getName() + "(cents=100L,currency=\"EUR\")", keys.keyPart(new Money(100, "EUR")));
        assertEquals("java.time.LocalDate\"2026-11-25\"", keys.keyPart(LocalDate.of(2026, 11, 25)));
        assertEquals("java.util.Date(2026-11-25T00:00:00.500Z)", keys.keyPart(new Date(1795564800500L)));
        assertEquals("List[\"a\",null]", keys.keyPart(Arrays.asList("a", null)));
        assertEquals("SortedSet(natural)[\"a\",\"b\"]", keys.keyPart(new TreeSet<>(List.of("b", "a"))));
        assertEquals("Set{\"a\",\"b\"}", keys.keyPart(new HashSet<>(List.of("b", "a"))));
        assertEquals("Set[\"b\",\"a\"]", keys.keyPart(new LinkedHashSet<>(List.of("b", "a"))));
        assertEquals("Collection[1,2]", keys.keyPart(new ArrayDeque<>(List.of(1, 2))));
        assertEquals("SortedMap(natural)[\"a\"=1,\"b\"=2]", keys.keyPart(new TreeMap<>(Map.of("b", 2, "a", 1))));
        assertEquals("Map{\"a\"=1,\"b\"=2}", keys.keyPart(Map.of("b", 2, "a", 1)));
        assertEquals(Named.class.getName() + "\"named\"", keys.keyPart(new Named()));
        assertNull(keys.keyPart(new Opaque()), "identity only: no key");
    }

    @Test
    void lookalikeValuesNeverShareAPart() {
        List<Object> values = Arrays.asList("1", 1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', BigInteger.ONE,
                new BigDecimal("1"), true, "true", null, "null", List.of(1), new int[] {1}, new Integer[] {1},
                new Object[] {1}, new long[] {1}, Set.of(1), new TreeSet<>(Set.of(1)), new LinkedHashSet<>(Set.of(1)),
                List.of("1"), Optional.of(1), Optional.of("1"), OptionalInt.of(1), "Optional[1]", "[1]", Map.of(1, 1),
                new TreeMap<>(Map.of(1, 1)), new LinkedHashMap<>(Map.of(1, 1)), "a,b", List.of("a", "b"),
                new Money(1, "1"), new Date(1), new java.sql.Date(1), new java.sql.Timestamp(1), Instant.ofEpochMilli(1),
                Role.ADMIN, "Role.ADMIN", Role.class, "class " + Role.class.getName());
        Set<String> parts = values.stream().map(keys::keyPart).collect(Collectors.toSet());
        assertEquals(values.size(), parts.size(), parts.toString());
    }

    @Test
    void contentNotInsertionOrderDecidesForUnorderedSetsAndMaps() {
        Map<String, Integer> inserted = new HashMap<>();
        inserted.put("z", 1);
        inserted.put("a", 2);
        assertEquals(keys.keyPart(inserted), keys.keyPart(Map.of("a", 2, "z", 1)));
        Set<Money> moneys = new HashSet<>(List.of(new Money(1, "EUR"), new Money(2, "USD"), new Money(3, "CHF")));
        assertEquals(keys.keyPart(moneys), keys.keyPart(Set.of(new Money(3, "CHF"), new Money(1, "EUR"), new Money(2, "USD"))));
        assertNotEquals(keys.keyPart(List.of(1, 2)), keys.keyPart(List.of(2, 1)), "lists keep their order");
    }

    @Test
    void aContainerWithAnUnkeyableElementHasNoKey() {
        assertNull(keys.keyPart(List.of("a", new Opaque())));
        assertNull(keys.keyPart(new Object[] {new Opaque()}));
        assertNull(keys.keyPart(Map.of("k", new Opaque())));
        assertNull(keys.keyPart(Set.of(new Opaque())));
        assertNull(keys.keyPart(Optional.of(new Opaque())));
    }

    @Test
    void aTargetTakesPartOnlyWhenItsClassOverridesToString() {
        assertNull(keys.targetPart(new Opaque()));
        assertEquals(Named.class.getName() + "\"named\"", keys.targetPart(new Named()));
    }

    @Test
    void nestedStringsCannotForgeStructure() {
        assertNotEquals(keys.keyPart(List.of("a\",\"b")), keys.keyPart(List.of("a", "b")));
        assertNotEquals(keys.keyPart(Map.of("a", "b=c")), keys.keyPart(Map.of("a=b", "c")));
        assertNotEquals(keys.keyPart(new Money(1, "a\"),currency=(\"b")), keys.keyPart(new Money(1, "a")));
        assertNotEquals(keys.keyPart(new String[] {"a\"}", "b"}), keys.keyPart(new String[] {"a", "\"b"}));
    }

    @Test
    void uuidKeysByValue() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals("java.util.UUID\"123e4567-e89b-12d3-a456-426614174000\"", keys.keyPart(id));
    }

    @Test
    void noPartStartsWithTheFramingsReservedPrefixes() {
        List<Object> values = Arrays.asList(null, "~x", "=x", "this=x", 1, -1, -0.0, new int[0], List.of(), Set.of(),
                Map.of(), new TreeMap<>(), new Money(1, "~"), new Named(), Role.ADMIN, Optional.empty(), new Date(0));
        for (Object value : values) {
            String part = keys.keyPart(value);
            assertFalse(part.startsWith("~") || part.startsWith("=") || part.startsWith("this="), part);
        }
    }
}
