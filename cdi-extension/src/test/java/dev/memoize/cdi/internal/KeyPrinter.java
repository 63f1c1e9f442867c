package dev.memoize.cdi.internal;

import dev.memoize.cdi.DefaultKeyStrategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Prints the keys of a fixed set of calls, one per line; run in another JVM by {@link CrossJvmKeysTest}. */
public final class KeyPrinter {

    record Money(long cents, String currency) {
    }

    enum Role { ADMIN, USER }

    private KeyPrinter() {
    }

    static List<String> keys() {
        KeyWriter keys = new KeyWriter("com.acme.Service.call", null, new DefaultKeyStrategy(), 250);
        Set<Money> moneys = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            moneys.add(new Money(i, i % 2 == 0 ? "EUR" : "USD"));
        }
        Map<Object, Object> nested = new HashMap<>();
        nested.put(Role.ADMIN, List.of(1L, 2.5, "x"));
        nested.put(new Money(7, "CHF"), Optional.of(new int[] {1, 2}));
        List<Object[]> calls = List.of(
                new Object[] {"alice", 42L},
                new Object[] {moneys},
                new Object[] {nested},
                new Object[] {UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), LocalDate.of(2026, 11, 25)},
                new Object[] {new BigDecimal("10.50"), 'q', (short) 3, (byte) 4, 1.5f, null},
                new Object[] {"x".repeat(400)});
        return calls.stream()
                .map(args -> keys.key(KeyWriter.TargetRule.NONE, null, args, (i, v) -> {
                    throw new AssertionError("unkeyable " + Arrays.toString(args));
                }))
                .toList();
    }

    public static void main(String[] args) {
        keys().forEach(System.out::println);
    }
}
