package org.rasid.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * The schedule both chain trainers share: every epoch visits the examples in a fresh order shuffled by one seeded
 * {@link Random}, numbering the visits from 1; each update of a weight adds step × change to its accumulator, so that
 * the average of all weight vectors seen is w − acc / step at the end (Daumé's trick).
 */
final class AveragedEpochs {
    /** One example's update, at its visit number. */
    interface Visit {
        void example(int index, int step);
    }

    private AveragedEpochs() {
    }

    /** Runs the epochs and returns the step count to divide the accumulators by ({@link #average}). */
    static int run(int examples, int epochs, long seed, Visit visit, IntConsumer afterEpoch) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < examples; i++) {
            order.add(i);
        }
        var random = new Random(seed);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int idx : order) {
                visit.example(idx, step);
                step++;
            }
            if (afterEpoch != null) {
                afterEpoch.accept(epoch + 1);
            }
        }
        return step;
    }

    /** Turns the last weights into the averaged ones. */
    static void average(float[] w, double[] acc, int step) {
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (w[i] - acc[i] / step);
        }
    }
}
