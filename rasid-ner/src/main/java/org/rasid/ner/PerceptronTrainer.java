package org.rasid.ner;

import java.util.List;

/**
 * Averaged structured perceptron (Collins 2002) over a {@link LinearChain}: decode each sentence, move the weights
 * toward the gold path and away from the predicted one, and return the average of all weight vectors seen.
 * Single-threaded and seeded, so the same data and seed give the same weights bit for bit.
 */
final class PerceptronTrainer {
    private final int epochs;
    private final long seed;
    /** PA-I's cap on the step; 0: perceptron (unit step). */
    private final double aggressiveness;
    /** The cost of a wrong label on a token of a name when training decodes against costs; 0: plain decoding. */
    private final double missCost;

    PerceptronTrainer(int epochs, long seed) {
        this(epochs, seed, 0, 0);
    }

    PerceptronTrainer(int epochs, long seed, double aggressiveness, double missCost) {
        this.epochs = epochs;
        this.seed = seed;
        this.aggressiveness = aggressiveness;
        this.missCost = missCost;
    }

    /** One training example: feature rows per token and gold label indices. */
    record Example(int[][] features, int[] gold) {
    }

    /** Gold labels of the examples are in {@code encoding}'s labels. */
    LinearChain train(List<Example> examples, int rows, Encoding encoding, java.util.function.IntConsumer afterEpoch) {
        var model = new LinearChain(rows, encoding);
        float[] w = model.weights, t = model.transitions;
        double[] wAcc = new double[w.length], tAcc = new double[t.length];
        int steps = AveragedEpochs.run(examples.size(), epochs, seed, (idx, step) -> {
            Example ex = examples.get(idx);
            int[] pred = missCost > 0 ? model.decode(ex.features(), costs(ex.gold(), model.labels)) : model.decode(ex.features());
            Update u = difference(ex, pred, missCost, model.labels);
            if (!u.isEmpty()) {
                float size = aggressiveness > 0 ? u.passiveAggressiveStep(w, t, aggressiveness) : 1f;
                u.apply(w, wAcc, t, tAcc, size, step);
            }
        }, afterEpoch);
        AveragedEpochs.average(w, wAcc, steps);
        AveragedEpochs.average(t, tAcc, steps);
        return model;
    }

    /** Per token and label, the cost of predicting the label: 0 for gold, the miss cost on a name, else 1. */
    private float[][] costs(int[] gold, int labels) {
        float[][] c = new float[gold.length][labels];
        for (int i = 0; i < gold.length; i++) {
            for (int y = 0; y < labels; y++) {
                c[i][y] = y == gold[i] ? 0 : (float) missingCost(gold[i], missCost);
            }
        }
        return c;
    }

    /** The cost of any wrong label on a token: the miss cost on a token of a name (gold not O), when set, else 1. */
    private static double missingCost(int gold, double missCost) {
        return missCost > 0 && gold != 0 ? missCost : 1;
    }

    /**
     * The feature difference between the gold path and the predicted one, and the loss between them: the Hamming
     * loss, or with a miss cost the sum of {@link #costs}.
     */
    private static Update difference(Example ex, int[] pred, double missCost, int labels) {
        int[] gold = ex.gold();
        var u = new Update();
        for (int i = 0; i < gold.length; i++) {
            int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
            if (gold[i] != pred[i] || gp != pp) {
                u.add(u.transitions, (gp + 1) * labels + gold[i], 1);
                u.add(u.transitions, (pp + 1) * labels + pred[i], -1);
            }
            if (gold[i] != pred[i]) {
                u.loss += missingCost(gold[i], missCost);
                for (int r : ex.features()[i]) {
                    u.add(u.weights, r * labels + gold[i], 1);
                    u.add(u.weights, r * labels + pred[i], -1);
                }
            }
        }
        return u;
    }

    /**
     * One sentence's update, per weight index the count to add (insertion-ordered maps, so the sums below run in
     * the same order on every run and training stays byte-reproducible).
     */
    private static final class Update {
        final java.util.LinkedHashMap<Integer, Integer> weights = new java.util.LinkedHashMap<>();
        final java.util.LinkedHashMap<Integer, Integer> transitions = new java.util.LinkedHashMap<>();
        double loss;

        void add(java.util.Map<Integer, Integer> m, int index, int delta) {
            m.merge(index, delta, Integer::sum);
        }

        boolean isEmpty() {
            return loss == 0; // the same labels give the same transitions
        }

        /** PA-I: the smallest step that puts the gold path ahead of the predicted one by the loss, at most c. */
        float passiveAggressiveStep(float[] w, float[] t, double c) {
            double margin = 0, norm = 0;
            for (var e : weights.entrySet()) {
                margin += e.getValue() * (double) w[e.getKey()];
                norm += (double) e.getValue() * e.getValue();
            }
            for (var e : transitions.entrySet()) {
                margin += e.getValue() * (double) t[e.getKey()];
                norm += (double) e.getValue() * e.getValue();
            }
            return norm == 0 ? 0f : (float) Math.min(c, Math.max(0, loss - margin) / norm);
        }

        void apply(float[] w, double[] wAcc, float[] t, double[] tAcc, float size, int step) {
            weights.forEach((i, d) -> update(w, wAcc, i, d * size, step));
            transitions.forEach((i, d) -> update(t, tAcc, i, d * size, step));
        }
    }

    private static void update(float[] w, double[] acc, int i, float delta, int step) {
        if (delta != 0) {
            w[i] += delta;
            acc[i] += (double) step * delta;
        }
    }
}
