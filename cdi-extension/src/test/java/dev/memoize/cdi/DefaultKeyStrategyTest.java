package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("[1,2]", keys.keyPart(new int[] {1, 2}));
        assertEquals("[[1L],[]]", keys.keyPart(new long[][] {{1L}, {}}));
        assertEquals("List[\"a\",null]", keys.keyPart(Arrays.asList("a", null)));
        assertEquals("Set{\"a\",\"b\"}", keys.keyPart(new LinkedHashSet<>(List.of("b", "a"))));
        assertEquals("Collection[1,2]", keys.keyPart(new ArrayDeque<>(List.of(1, 2))));
        assertEquals("Map{\"a\"=1,\"b\"=2}", keys.keyPart(Map.of("b", 2, "a", 1)));
        assertEquals(Money.class.getName() + "\"Money[cents=100, currency=EUR]\"", keys.keyPart(new Money(100, "EUR")));
        assertEquals("java.time.LocalDate\"2026-11-25\"", keys.keyPart(LocalDate.of(2026, 11, 25)));
        assertNull(keys.keyPart(new Opaque()), "identity only: no key");
    }

    @Test
    void lookalikeValuesNeverShareAPart() {
        List<Object> values = Arrays.asList("1", 1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', BigInteger.ONE,
                new BigDecimal("1"), true, "true", null, "null", List.of(1), new int[] {1}, Set.of(1), List.of("1"),
                Optional.of(1), Optional.of("1"), "Optional[1]", "[1]", Map.of(1, 1), "a,b", List.of("a", "b"));
        Set<String> parts = values.stream().map(keys::keyPart).collect(Collectors.toSet());
        assertEquals(values.size(), parts.size(), parts.toString());
    }

    @Test
    void contentNotOrderOrClassDecidesForSetsAndMaps() {
        Map<String, Integer> inserted = new LinkedHashMap<>();
        inserted.put("z", 1);
        inserted.put("a", 2);
        assertEquals(keys.keyPart(inserted), keys.keyPart(new TreeMap<>(inserted)));
        Set<Money> moneys = new HashSet<>(List.of(new Money(1, "EUR"), new Money(2, "USD"), new Money(3, "CHF")));
        assertEquals(keys.keyPart(moneys), keys.keyPart(new LinkedHashSet<>(List.of(
                new Money(3, "CHF"), new Money(1, "EUR"), new Money(2, "USD")))));
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
    }

    @Test
    void uuidKeysByValue() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals("java.util.UUID\"123e4567-e89b-12d3-a456-426614174000\"", keys.keyPart(id));
    }
}
