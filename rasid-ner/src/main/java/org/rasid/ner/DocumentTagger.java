package org.rasid.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two-pass tagging of one document's sentences, for consistency between mentions: a story names the same club or
 * person many times, and the model alone may tag one mention and miss the next. The first pass tags each sentence
 * alone; the second re-decodes it with a bonus for a type on every token whose stem (folded, clitics off) the first
 * pass tagged with that type elsewhere within {@code window} tokens, in proportion to how often it did.
 */
final class DocumentTagger {
    private final NerModel model;
    private final float weight;
    private final int window;

    DocumentTagger(NerModel model, float weight, int window) {
        this.model = model;
        this.weight = weight;
        this.window = window;
    }

    int[][] tag(List<String[]> sentences) {
        int n = sentences.size();
        int[][][] features = new int[n][][];
        int[][] first = new int[n][];
        int total = 0;
        for (int s = 0; s < n; s++) {
            features[s] = model.features.extract(sentences.get(s));
            first[s] = model.chain.decode(features[s]);
            total += first[s].length;
        }
        if (weight == 0 || total == 0) {
            return first;
        }
        String[] stems = new String[total];
        int[] labels = new int[total];
        for (int s = 0, g = 0; s < n; s++) {
            for (int i = 0; i < first[s].length; i++, g++) {
                stems[g] = model.features.stem(sentences.get(s)[i]);
                labels[g] = first[s][i];
            }
        }
        float[][] bonus = bonuses(stems, labels);
        int[][] second = new int[n][];
        for (int s = 0, g = 0; s < n; s++) {
            float[][] extra = new float[first[s].length][];
            for (int i = 0; i < extra.length; i++, g++) {
                extra[i] = bonus[g];
            }
            second[s] = model.chain.decode(features[s], extra);
        }
        return second;
    }

    /** Per token, the bonus for each label from the other mentions of its stem in the window (null: none). */
    private float[][] bonuses(String[] stems, int[] labels) {
        int total = stems.length;
        float[][] out = new float[total][];
        // a sliding count of first-pass types per stem over [g - window, g + window]
        Map<String, int[]> counts = new HashMap<>();
        int lo = 0, hi = 0;
        for (int g = 0; g < total; g++) {
            for (; hi < total && hi <= g + window; hi++) {
                counts.computeIfAbsent(stems[hi], k -> new int[Labels.TYPES.size() + 1])[typeOf(labels[hi])]++;
            }
            for (; lo < g - window; lo++) {
                counts.get(stems[lo])[typeOf(labels[lo])]--;
            }
            int[] c = counts.get(stems[g]);
            int others = -1;
            for (int k : c) {
                others += k;
            }
            if (others <= 0 || !isName(stems[g])) {
                continue;
            }
            for (int t = 1; t < c.length; t++) {
                int elsewhere = c[t] - (typeOf(labels[g]) == t ? 1 : 0);
                if (elsewhere > 0) {
                    if (out[g] == null) {
                        out[g] = new float[Labels.COUNT];
                    }
                    float b = weight * elsewhere / others;
                    out[g][2 * t - 1] += b; // B-type
                    out[g][2 * t] += b; // I-type
                }
            }
        }
        return out;
    }

    /** 0 for O, else 1 + the type's index. */
    private static int typeOf(int label) {
        return label == 0 ? 0 : (label + 1) / 2;
    }

    /** Only word stems carry a name across mentions; punctuation and single letters do not. */
    private static boolean isName(String stem) {
        return stem.length() >= 2 && Character.isLetter(stem.charAt(0));
    }
}
