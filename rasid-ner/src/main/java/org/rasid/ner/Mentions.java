package org.rasid.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * How the other mentions of each token's stem nearby were labelled: a story names the same club or person many
 * times. Tokens are a document's, in order; labels are a first pass's.
 */
final class Mentions {
    private Mentions() {
    }

    /**
     * Per token, the count of each label among the other tokens with its stem within {@code window} tokens either
     * side; null where there are none, or where the stem is no word (punctuation, single letters).
     */
    static int[][] around(String[] stems, int[] labels, int window) {
        int total = stems.length;
        int[][] out = new int[total][];
        Map<String, int[]> counts = new HashMap<>(); // sliding counts per stem over [g - window, g + window]
        int lo = 0, hi = 0;
        for (int g = 0; g < total; g++) {
            for (; hi < total && hi <= g + window; hi++) {
                counts.computeIfAbsent(stems[hi], k -> new int[Labels.COUNT])[labels[hi]]++;
            }
            for (; lo < g - window; lo++) {
                counts.get(stems[lo])[labels[lo]]--;
            }
            if (!isName(stems[g])) {
                continue;
            }
            int[] c = counts.get(stems[g]).clone();
            c[labels[g]]--;
            for (int k : c) {
                if (k > 0) {
                    out[g] = c;
                    break;
                }
            }
        }
        return out;
    }

    /** 0 for O, else 1 + the type's index. */
    static int typeOf(int label) {
        return label == 0 ? 0 : (label + 1) / 2;
    }

    /** Only word stems carry a name across mentions; punctuation and single letters do not. */
    private static boolean isName(String stem) {
        return stem.length() >= 2 && Character.isLetter(stem.charAt(0));
    }
}
