package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    private final List<String> known = List.of("com.acme.Users.hasMembership", "com.acme.Users.find",
            "com.acme.Orders.find", "reports.monthly");

    @Test
    void aShortNameFindsTheFullOne() {
        assertEquals("com.acme.Users.hasMembership", Suggestions.closest("hasMembership", known).get(0));
    }

    @Test
    void aTypoFindsTheClosest() {
        assertEquals("com.acme.Users.hasMembership", Suggestions.closest("com.acme.Users.hasMembrship", known).get(0));
        assertEquals("reports.monthly", Suggestions.closest("report.monthly", known).get(0));
    }

    @Test
    void atMostThreeAreListed() {
        assertEquals(3, Suggestions.closest("x", known).size());
        assertEquals("No memoized function is known in this application.", Suggestions.describe("x", List.of()));
    }
}
