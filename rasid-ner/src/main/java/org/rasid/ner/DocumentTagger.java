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

    /** BIO labels ({@link Labels#ALL}) per sentence. */
    int[][] tag(List<String[]> sentences) {
        int n = sentences.size();
        final int L = model.chain.labels;
        PackedWeights table = model.packed;
        boolean stacked = weight != 0 && model.second != null;
        Features.Sentence[] features = new Features.Sentence[n];
        String[][] stems = new String[n][];
        float[][][] secondScores = new float[n][][]; // the second model's scores of the first model's features
        int[][] first = new int[n][];
        int total = 0;
        for (int s = 0; s < n; s++) {
            String[] tokens = sentences.get(s);
            stems[s] = new String[tokens.length];
            Features.Sentence sentence = model.features.sentence(tokens, stems[s]);
            features[s] = sentence;
            // each sum starts from the cached sum of the token's own features and goes on over the other rows
            float[][] scores = new float[tokens.length][];
            if (stacked) {
                secondScores[s] = new float[tokens.length][];
                for (int i = 0; i < tokens.length; i++) {
                    float[] own = sentence.prefixSums(i, table);
                    scores[i] = java.util.Arrays.copyOf(own, L);
                    secondScores[s][i] = java.util.Arrays.copyOfRange(own, L, 2 * L);
                    table.addBoth(sentence.rest()[i], scores[i], secondScores[s][i]);
                }
            } else {
                for (int i = 0; i < tokens.length; i++) {
                    scores[i] = java.util.Arrays.copyOf(sentence.prefixSums(i, table), L);
                    table.addFirst(sentence.rest()[i], scores[i]);
                }
            }
            first[s] = model.chain.bio(model.chain.viterbi(scores));
            total += first[s].length;
        }
        if (weight == 0 || total == 0) {
            return first;
        }
        if (stacked) {
            return stacked(stems, first, secondScores);
        }
        String[] flat = new String[total];
        int[] labels = new int[total];
        for (int s = 0, g = 0; s < n; s++) {
            for (int i = 0; i < first[s].length; i++, g++) {
                flat[g] = stems[s][i];
                labels[g] = first[s][i];
            }
        }
        float[][] bonus = bonuses(flat, labels, L);
        int[][] second = new int[n][];
        for (int s = 0, g = 0; s < n; s++) {
            float[][] scores = new float[first[s].length][];
            for (int i = 0; i < scores.length; i++, g++) {
                scores[i] = bonus[g] == null ? new float[L] : bonus[g].clone();
                table.addFirst(features[s].rows(i), scores[i]);
            }
            second[s] = model.chain.bio(model.chain.viterbi(scores));
        }
        return second;
    }

    /**
     * The second model's labels, from the first pass's labels of the whole document; {@code scores} hold the second
     * model's sums over the first model's features, to which the stacked features' weights are added (in the order
     * of {@link StackFeatures#join}, so the sums are the ones the second model was meant to see).
     */
    private int[][] stacked(String[][] stems, int[][] first, float[][][] scores) {
        int[][][] rows = StackFeatures.rows(stems, first, window, model.bits);
        int[][] out = new int[stems.length][];
        for (int s = 0; s < stems.length; s++) {
            for (int i = 0; i < rows[s].length; i++) {
                model.packed.addSecond(rows[s][i], scores[s][i]);
            }
            out[s] = model.second.bio(model.second.viterbi(scores[s]));
        }
        return out;
    }

    /**
     * Per token, the bonus for each of the chain's {@code count} labels from the other mentions of its stem in the
     * window (null: none); {@code labels} are BIO, the bonus goes to every label of the type.
     */
    private float[][] bonuses(String[] stems, int[] labels, int count) {
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
                        out[g] = new float[count];
                    }
                    float b = weight * elsewhere / others;
                    int per = (count - 1) / Labels.TYPES.size(); // B, I (and L, U) of each type, in a row
                    for (int y = 1 + (t - 1) * per; y <= t * per; y++) {
                        out[g][y] += b;
                    }
                }
            }
        }
        return out;
    }
}
