package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed table must give the very floats the full tables give, or tags could change. */
class PackedWeightsTest {
    private static final int L = Encoding.BIO.count();

    /** The plain sum over the full table, row by row as {@link LinearChain} adds it. */
    private static float[] plain(LinearChain chain, int[] rows) {
        float[] out = new float[L];
        for (int r : rows) {
            for (int y = 0; y < L; y++) {
                out[y] += chain.weights[r * L + y];
            }
        }
        return out;
    }

    @Test
    void scoresOfTheShippedModelOnDevAreTheFullTablesFloats() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        List<String[]> sentences = ConllReader.read(Path.of(shared, "data", "anercorp", "dev.conll")).stream().limit(200)
                .map(s -> s.tokens().toArray(String[]::new)).toList();
        NerModel model = NerModel.shipped();
        assertThat(model.second).as("the shipped model has a stacked second model").isNotNull();
        String[][] stems = new String[sentences.size()][];
        int[][][] features = new int[sentences.size()][][];
        int[][] first = new int[sentences.size()][];
        float[][][] second = new float[sentences.size()][][];
        for (int s = 0; s < sentences.size(); s++) {
            stems[s] = new String[sentences.get(s).length];
            features[s] = model.features.extract(sentences.get(s), stems[s]);
            second[s] = new float[features[s].length][L];
            Features.Sentence sentence = model.features.sentence(sentences.get(s), new String[sentences.get(s).length]);
            for (int i = 0; i < features[s].length; i++) {
                float[] one = new float[L];
                model.packed.addBoth(features[s][i], one, second[s][i]);
                assertThat(one).isEqualTo(plain(model.chain, features[s][i]));
                // as tagging sums: from the cached sums of the token's own features on over the other rows
                assertThat(sentence.rows(i)).isEqualTo(features[s][i]);
                float[] own = sentence.prefixSums(i, model.packed);
                float[] fromOwn = java.util.Arrays.copyOf(own, L), secondFromOwn = java.util.Arrays.copyOfRange(own, L, 2 * L);
                model.packed.addBoth(sentence.rest()[i], fromOwn, secondFromOwn);
                assertThat(fromOwn).isEqualTo(one);
                assertThat(secondFromOwn).isEqualTo(second[s][i]);
                float[] alone = new float[L];
                model.packed.addFirst(features[s][i], alone);
                assertThat(alone).isEqualTo(one);
            }
            first[s] = model.chain.decode(features[s]);
        }
        int[][][] stacked = StackFeatures.rows(stems, first, NerModel.CONSISTENCY_WINDOW, model.bits);
        for (int s = 0; s < sentences.size(); s++) {
            int[][] joined = StackFeatures.join(features[s], stacked[s]);
            for (int i = 0; i < joined.length; i++) {
                model.packed.addSecond(stacked[s][i], second[s][i]);
                assertThat(second[s][i]).as("sentence %d token %d", s, i).isEqualTo(plain(model.second, joined[i]));
            }
        }
    }

    @Test
    void keepsOnlyRowsWithAWeightAndFindsThemAcrossWords() {
        var chain = new LinearChain(200);
        chain.weights[3 * L + 1] = 1.5f;
        chain.weights[64 * L + 8] = -2f; // first row of the second word
        chain.weights[130 * L] = 0.25f;
        var packed = new PackedWeights(chain, null);
        float[] out = new float[L];
        packed.addFirst(new int[] {0, 3, 64, 65, 130, 199}, out);
        assertThat(out).isEqualTo(plain(chain, new int[] {3, 64, 130}));
        assertThat(out[1]).isEqualTo(1.5f);
        assertThat(out[8]).isEqualTo(-2f);
        assertThat(out[0]).isEqualTo(0.25f);
    }
}
