package org.rasid.ner;

import java.util.List;

/**
 * One linear model from two trained over the same hashed table and labels (the perceptron's and the CRF's): their
 * weighted sum, which is again a {@link LinearChain}, so the ensemble tags at the cost of one model. The two
 * learners' weights live on unrelated scales (the perceptron's grow with its mistakes, the CRF's are log-potentials),
 * so the CRF is first brought to the perceptron's scale: each chain's {@link #spread} on the training tokens is
 * measured and the CRF is multiplied by the ratio. Share 1 gives the perceptron's weights unchanged.
 */
final class ChainMix {
    /** The mixed chain and the two spreads it was scaled by. */
    record Mixed(LinearChain chain, double perceptronSpread, double crfSpread) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "perceptron spread %.4f, crf spread %.4f", perceptronSpread, crfSpread);
        }
    }

    private ChainMix() {
    }

    /**
     * share × perceptron + (1 − share) × crf × spread(perceptron) / spread(crf), weights and transitions alike,
     * spreads measured on {@code examples}.
     */
    static Mixed mix(LinearChain perceptron, LinearChain crf, double share, List<PerceptronTrainer.Example> examples) {
        double sp = spread(perceptron, examples), sc = spread(crf, examples);
        double k = sc == 0 ? 0 : (1 - share) * sp / sc;
        float[] w = new float[perceptron.weights.length], t = new float[perceptron.transitions.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (share * perceptron.weights[i] + k * crf.weights[i]);
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) (share * perceptron.transitions[i] + k * crf.transitions[i]);
        }
        return new Mixed(new LinearChain(w, t, perceptron.encoding), sp, sc);
    }

    /**
     * How far apart a chain's label scores lie where it is used: the root mean square, over the tokens of the
     * examples and the labels, of each emission score's distance from the token's mean score. It scales with the
     * weights (spread of k × chain = k × spread), and unlike a norm of the weight table it ignores the many small
     * weights of rows that seldom fire, which the CRF has and the perceptron lacks.
     */
    static double spread(LinearChain chain, List<PerceptronTrainer.Example> examples) {
        final int L = chain.labels;
        double[] s = new double[L];
        double sum = 0;
        long count = 0;
        for (PerceptronTrainer.Example ex : examples) {
            for (int[] rows : ex.features()) {
                java.util.Arrays.fill(s, 0);
                for (int r : rows) {
                    for (int y = 0; y < L; y++) {
                        s[y] += chain.weights[r * L + y];
                    }
                }
                double mean = 0;
                for (double v : s) {
                    mean += v;
                }
                mean /= L;
                for (double v : s) {
                    sum += (v - mean) * (v - mean);
                }
                count += L;
            }
        }
        return count == 0 ? 0 : Math.sqrt(sum / count);
    }
}
