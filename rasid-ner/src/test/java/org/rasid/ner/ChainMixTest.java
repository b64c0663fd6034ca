package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChainMixTest {
    private static final int ROWS = 64;

    private static LinearChain randomChain(long seed, double scale) {
        var chain = new LinearChain(ROWS);
        var random = new Random(seed);
        for (int i = 0; i < chain.weights.length; i++) {
            chain.weights[i] = (float) (scale * random.nextGaussian());
        }
        for (int i = 0; i < chain.transitions.length; i++) {
            chain.transitions[i] = (float) (scale * random.nextGaussian());
        }
        return chain;
    }

    private static List<PerceptronTrainer.Example> sentences() {
        var random = new Random(7);
        var out = new ArrayList<PerceptronTrainer.Example>();
        for (int s = 0; s < 20; s++) {
            int n = 2 + random.nextInt(6);
            int[][] rows = new int[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = random.ints(1 + random.nextInt(5), 0, ROWS).toArray();
            }
            out.add(new PerceptronTrainer.Example(rows, new int[n]));
        }
        return out;
    }

    @Test
    void theSpreadScalesWithTheWeightsAndIsZeroForAnEmptyChain() {
        LinearChain c = randomChain(1, 1);
        double s = ChainMix.spread(c, sentences());
        assertThat(s).isPositive();
        assertThat(ChainMix.spread(c.scaled(3f), sentences())).isCloseTo(3 * s, offset(1e-5 * s));
        assertThat(ChainMix.spread(new LinearChain(ROWS), sentences())).isZero();
    }

    @Test
    void shareOneKeepsThePerceptronBitForBit() {
        LinearChain p = randomChain(1, 5), c = randomChain(2, 0.1);
        LinearChain mixed = ChainMix.mix(p, c, 1, sentences()).chain();
        assertThat(mixed.weights).isEqualTo(p.weights);
        assertThat(mixed.transitions).isEqualTo(p.transitions);
    }

    @Test
    void theCrfIsBroughtToThePerceptronsScaleWhateverItsOwn() {
        LinearChain p = randomChain(1, 5), c = randomChain(2, 0.1);
        var examples = sentences();
        // share 0: the CRF alone, rescaled so that its scores spread like the perceptron's
        LinearChain crfOnly = ChainMix.mix(p, c, 0, examples).chain();
        assertThat(ChainMix.spread(crfOnly, examples)).isCloseTo(ChainMix.spread(p, examples), offset(1e-3));
        // the mix does not depend on the CRF's own scale
        LinearChain half = ChainMix.mix(p, c, 0.5, examples).chain();
        LinearChain halfOfLarger = ChainMix.mix(p, c.scaled(40f), 0.5, examples).chain();
        for (int i = 0; i < half.weights.length; i++) {
            assertThat(halfOfLarger.weights[i]).isCloseTo(half.weights[i], offset(1e-4f));
        }
        // and it lies between its two parts: half of each
        int j = 17;
        assertThat(half.weights[j]).isCloseTo(0.5f * p.weights[j] + 0.5f * crfOnly.weights[j], offset(1e-4f));
        assertThat(half.transitions[j]).isCloseTo(0.5f * p.transitions[j] + 0.5f * crfOnly.transitions[j], offset(1e-4f));
    }
}
