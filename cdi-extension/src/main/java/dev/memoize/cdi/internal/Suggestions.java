package dev.memoize.cdi.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a mistyped one, for error messages. */
final class Suggestions {

    private Suggestions() {
    }

    /** Up to three known names, closest first; names that end with the given one come before the rest. */
    static List<String> closest(String wanted, Collection<String> known) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        return known.stream()
                .sorted(Comparator.comparingInt((String name) -> score(lower, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
    }

    /** The message part that lists suggestions. */
    static String describe(String wanted, Collection<String> known) {
        if (known.isEmpty()) {
            return "No memoized function is known in this application.";
        }
        return "Closest known names: " + String.join(", ", closest(wanted, known)) + ".";
    }

    private static int score(String wanted, String name) {
        if (name.endsWith("." + wanted) || name.endsWith(wanted)) {
            return -1;
        }
        return distance(wanted, name);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
