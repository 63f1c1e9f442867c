package dev.memoize.cdi.internal;

import dev.memoize.Immutable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImmutablesTest {

    record Money(String currency, BigDecimal amount) {
    }

    record Rows(List<String> rows) {
    }

    @Immutable
    static final class Declared {
        final List<String> anything = new ArrayList<>();
    }

    static final class Named {
    }

    static final class Subclassed extends BigDecimal {
        Subclassed() {
            super(1);
        }
    }

    private final Immutables immutables = new Immutables(Set.of(Named.class.getName()));

    @Test
    void jdkValuesAreImmutable() {
        for (Object value : new Object[] {null, "s", 1, 1L, 1.0, 'c', true, new BigDecimal("1.0"), UUID.randomUUID(),
                Instant.EPOCH, LocalDate.EPOCH, ZoneId.of("Europe/Paris"), TimeUnit.SECONDS, java.time.Duration.ZERO}) {
            assertTrue(immutables.isImmutable(value), String.valueOf(value));
        }
    }

    @Test
    void unmodifiableJdkCollectionsAreImmutableWhenTheirElementsAre() {
        assertTrue(immutables.isImmutable(List.of("a", "b")));
        assertTrue(immutables.isImmutable(Stream.of("a").toList()));
        assertTrue(immutables.isImmutable(Map.of("k", List.of(1))));
        assertTrue(immutables.isImmutable(Collections.emptyList()));
        assertTrue(immutables.isImmutable(Collections.singletonList("a")));
        assertFalse(immutables.isImmutable(List.of(new ArrayList<>())), "a mutable element");
        assertFalse(immutables.isImmutable(Collections.unmodifiableList(new ArrayList<>())), "a view of a mutable list");
    }

    @Test
    void recordsAndOptionalsAreJudgedByWhatTheyHold() {
        assertTrue(immutables.isImmutable(new Money("EUR", BigDecimal.ONE)));
        assertTrue(immutables.isImmutable(Optional.of(new Money("EUR", BigDecimal.ONE))));
        assertFalse(immutables.isImmutable(new Rows(new ArrayList<>())));
        assertTrue(immutables.isImmutable(new Rows(List.of("a"))));
        assertFalse(immutables.isImmutable(Optional.of(new Date())));
    }

    @Test
    void mutableJdkClassesAndSubclassesOfValueClassesAreNot() {
        assertFalse(immutables.isImmutable(new Date()));
        assertFalse(immutables.isImmutable(new ArrayList<>()));
        assertFalse(immutables.isImmutable(new int[0]));
        assertFalse(immutables.isImmutable(new Subclassed()), "a subclass may add mutable state");
        assertFalse(immutables.isImmutable(new StringBuilder()));
    }

    @Test
    void theApplicationDeclaresItsOwnByAnnotationOrByName() {
        assertTrue(immutables.isImmutable(new Declared()));
        assertTrue(immutables.isImmutable(new Named()));
        assertFalse(new Immutables(Set.of()).isImmutable(new Named()));
    }
}
