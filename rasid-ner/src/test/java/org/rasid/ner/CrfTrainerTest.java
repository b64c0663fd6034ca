package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {
    private static final int ROWS = 16;

    /** A chain with random weights and transitions, and a sentence with a valid BIO gold path. */
    private static LinearChain randomChain(long seed) {
        var chain = new LinearChain(ROWS);
        var random = new Random(seed);
        for (int i = 0; i < chain.weights.length; i++) {
            chain.weights[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < chain.transitions.length; i++) {
            chain.transitions[i] = (float) random.nextGaussian();
        }
        return chain;
    }

    private static final PerceptronTrainer.Example SENTENCE = new PerceptronTrainer.Example(
            new int[][] {{0, 3, 7}, {1, 3}, {2, 5, 5, 9}, {4}}, // row 5 twice: a hash collision counts twice
            new int[] {0, Labels.index("B-ORG"), Labels.index("I-ORG"), Labels.index("B-LOC")});

    private static double logLikelihood(LinearChain chain) {
        return new CrfTrainer.Lattice(Encoding.BIO).addGradient(chain, SENTENCE, new CrfTrainer.Gradient(chain.labels));
    }

    @Test
    void theGradientIsTheDerivativeOfTheNegativeLogLikelihood() {
        LinearChain chain = randomChain(3);
        var g = new CrfTrainer.Gradient(chain.labels);
        double ll = new CrfTrainer.Lattice(Encoding.BIO).addGradient(chain, SENTENCE, g);
        assertThat(ll).isNegative();
        float eps = 1e-2f;
        for (float[] table : List.of(chain.weights, chain.transitions)) {
            for (int j = 0; j < table.length; j++) {
                double analytic = table == chain.weights ? g.emissionOfRow(j / chain.labels, j % chain.labels) : g.transitions[j];
                float keep = table[j];
                table[j] = keep + eps;
                double up = logLikelihood(chain);
                table[j] = keep - eps;
                double down = logLikelihood(chain);
                table[j] = keep;
                double numeric = -(up - down) / ((keep + eps) - (keep - eps));
                assertThat(analytic).as("index %d", j).isCloseTo(numeric, offset(1e-4));
            }
        }
    }

    @Test
    void invalidPathsGetNoProbability() {
        // the gradient of an I- label that cannot follow its predecessor is 0: expected count 0, not gold
        LinearChain chain = randomChain(5);
        var g = new CrfTrainer.Gradient(chain.labels);
        new CrfTrainer.Lattice(Encoding.BIO).addGradient(chain, SENTENCE, g);
        int iPers = Labels.index("I-PERS");
        assertThat(g.transitions[iPers]).as("I-PERS at the start").isZero();
        assertThat(g.emissionOfRow(4, Labels.index("I-ORG"))).as("I-ORG on the last token's only row").isNotZero();
        assertThat(g.emissionOfRow(0, iPers)).as("row 0 is only on the first token").isZero();
    }

    /** Sentences where row k marks label k's token, plus a shared bias row and noise rows. */
    private static List<PerceptronTrainer.Example> toyData(long seed) {
        var random = new Random(seed);
        var out = new ArrayList<PerceptronTrainer.Example>();
        for (int s = 0; s < 60; s++) {
            int n = 3 + random.nextInt(5);
            int[] gold = new int[n];
            int[][] rows = new int[n][];
            for (int i = 0; i < n; i++) {
                int prev = i == 0 ? -1 : gold[i - 1];
                int y;
                do {
                    y = random.nextInt(Labels.COUNT);
                } while (!Labels.allowed(prev, y));
                gold[i] = y;
                rows[i] = new int[] {y, 9 + random.nextInt(6), 15};
            }
            out.add(new PerceptronTrainer.Example(rows, gold));
        }
        return out;
    }

    @Test
    void learnsASeparableToyProblem() {
        var data = toyData(11);
        LinearChain chain = new CrfTrainer(5, 1, 0.5, 0).train(data, ROWS, Encoding.BIO, null);
        for (float[] table : List.of(chain.weights, chain.transitions)) {
            for (float x : table) {
                assertThat(Float.isFinite(x)).as("a label the data rule out gets no infinite weight").isTrue();
            }
        }
        assertThat(chain.weights[0 * chain.labels + 1]).as("row 0 marks O only: B-PERS stays at 0 or below").isLessThanOrEqualTo(0f);
        for (var ex : data) {
            assertThat(chain.decode(ex.features())).containsExactly(ex.gold());
        }
        var unseen = toyData(12);
        for (var ex : unseen) {
            assertThat(chain.decode(ex.features())).containsExactly(ex.gold());
        }
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        var data = toyData(13);
        LinearChain a = new CrfTrainer(3, 7, 0.1, 0.01).train(data, ROWS, Encoding.BIO, null);
        LinearChain b = new CrfTrainer(3, 7, 0.1, 0.01).train(data, ROWS, Encoding.BIO, null);
        LinearChain c = new CrfTrainer(3, 8, 0.1, 0.01).train(data, ROWS, Encoding.BIO, null);
        assertThat(a.weights).isEqualTo(b.weights);
        assertThat(a.transitions).isEqualTo(b.transitions);
        assertThat(c.weights).isNotEqualTo(a.weights);
    }

    @Test
    void theL2PenaltyShrinksTheWeights() {
        var data = toyData(14);
        LinearChain free = new CrfTrainer(5, 1, 0.5, 0).train(data, ROWS, Encoding.BIO, null);
        LinearChain held = new CrfTrainer(5, 1, 0.5, 0.5).train(data, ROWS, Encoding.BIO, null);
        assertThat(norm(held.weights)).isLessThan(norm(free.weights));
    }

    private static double norm(float[] w) {
        double s = 0;
        for (float x : w) {
            s += x * x;
        }
        return s;
    }
}
