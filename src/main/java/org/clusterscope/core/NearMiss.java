package org.clusterscope.core;

import java.util.Collection;
import java.util.Locale;

/**
 * The "did you mean" of every message that refuses a name: the known name nearest to a misspelt
 * one, by edit distance ignoring case, offered only when it is close enough to be a typo (one
 * edit for names of up to three letters, two for longer ones), so an unrelated word gets none.
 */
public final class NearMiss {

    private NearMiss() {
    }

    /** {@code " (did you mean "latencyMs"?)"} for a near miss among {@code known}, else empty. */
    public static String suggestion(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= (name.length() <= 3 ? 1 : 2)
                ? " (did you mean \"" + best + "\"?)" : "";
    }

    /** Levenshtein distance: insertions, deletions and substitutions, one each. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
