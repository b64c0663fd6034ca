package org.rasid.ner;

import java.util.List;

/**
 * Two-pass tagging of one document's sentences, for consistency between mentions: a story names the same club or
 * person many times, and the model alone may tag one mention and miss the next. The first pass tags each sentence
 * alone. The second, for a model with a stacked second model ({@link StackFeatures}), re-tags each sentence with it
 * from the first pass's labels of the whole document; for a model without one, it re-decodes each sentence with a
 * bonus for a type on every token whose stem (folded, clitics off) the first pass tagged with that type elsewhere
 * within {@code window} tokens, in proportion to how often it did. A weight of 0 keeps the first pass.
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
        if (model.second != null) {
            return stacked(sentences, features, first);
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

    /** The second model's labels, from the first pass's labels of the whole document. */
    private int[][] stacked(List<String[]> sentences, int[][][] features, int[][] first) {
        String[][] stems = new String[sentences.size()][];
        for (int s = 0; s < stems.length; s++) {
            stems[s] = java.util.Arrays.stream(sentences.get(s)).map(model.features::stem).toArray(String[]::new);
        }
        int[][][] rows = StackFeatures.rows(stems, first, window, model.bits);
        int[][] out = new int[stems.length][];
        for (int s = 0; s < stems.length; s++) {
            out[s] = model.second.decode(StackFeatures.join(features[s], rows[s]));
        }
        return out;
    }

    /** Per token, the bonus for each label from the other mentions of its stem in the window (null: none). */
    private float[][] bonuses(String[] stems, int[] labels) {
        int[][] around = Mentions.around(stems, labels, window);
        float[][] out = new float[stems.length][];
        for (int g = 0; g < stems.length; g++) {
            int[] c = around[g];
            if (c == null) {
                continue;
            }
            int others = 0;
            for (int k : c) {
                others += k;
            }
            for (int t = 1; t <= Labels.TYPES.size(); t++) {
                int elsewhere = c[2 * t - 1] + c[2 * t];
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
}
