package org.rasid.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) over a {@link LinearChain}: decode each sentence, move the weights
 * toward the gold path and away from the predicted one, and return the average of all weight vectors seen.
 * Single-threaded and seeded, so the same data and seed give the same weights bit for bit.
 */
final class PerceptronTrainer {
    private final int epochs;
    private final long seed;

    PerceptronTrainer(int epochs, long seed) {
        this.epochs = epochs;
        this.seed = seed;
    }

    /** One training example: feature rows per token and gold label indices. */
    record Example(int[][] features, int[] gold) {
    }

    LinearChain train(List<Example> examples, int rows, java.util.function.IntConsumer afterEpoch) {
        var model = new LinearChain(rows);
        float[] w = model.weights, t = model.transitions;
        // sums of (step * update), so that average = w - acc / step (Daume's trick)
        double[] wAcc = new double[w.length], tAcc = new double[t.length];
        var order = new ArrayList<Integer>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        var random = new Random(seed);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int idx : order) {
                Example ex = examples.get(idx);
                int[] pred = model.decode(ex.features());
                int[] gold = ex.gold();
                for (int i = 0; i < gold.length; i++) {
                    int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
                    if (gold[i] != pred[i] || gp != pp) {
                        update(t, tAcc, (gp + 1) * LinearChain.L + gold[i], 1, step);
                        update(t, tAcc, (pp + 1) * LinearChain.L + pred[i], -1, step);
                    }
                    if (gold[i] != pred[i]) {
                        for (int r : ex.features()[i]) {
                            update(w, wAcc, r * LinearChain.L + gold[i], 1, step);
                            update(w, wAcc, r * LinearChain.L + pred[i], -1, step);
                        }
                    }
                }
                step++;
            }
            if (afterEpoch != null) {
                afterEpoch.accept(epoch + 1);
            }
        }
        average(w, wAcc, step);
        average(t, tAcc, step);
        return model;
    }

    private static void update(float[] w, double[] acc, int i, int delta, int step) {
        w[i] += delta;
        acc[i] += (double) step * delta;
    }

    private static void average(float[] w, double[] acc, int step) {
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (w[i] - acc[i] / step);
        }
    }
}
