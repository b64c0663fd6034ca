package org.rasid.ner;

/**
 * The scoring part of the model: one weight per (feature row, label) and per label transition, and Viterbi
 * decoding restricted to valid sequences of its {@link Encoding} (BIO, or BILOU; its labels, not BIO's, unless
 * converted by {@link #bio}).
 */
final class LinearChain {
    final Encoding encoding;
    /** How many labels: {@code encoding.count()}. */
    final int labels;
    /** weights[row * labels + label] */
    final float[] weights;
    /** transitions[(prev + 1) * labels + label], prev = -1 at sentence start */
    final float[] transitions;

    /** Per label, the labels that may come before it, in increasing order (as Viterbi tries them). */
    private final int[][] before;

    LinearChain(int rows) {
        this(rows, Encoding.BIO);
    }

    LinearChain(int rows, Encoding encoding) {
        this(new float[rows * encoding.count()], new float[(encoding.count() + 1) * encoding.count()], encoding);
    }

    LinearChain(float[] weights, float[] transitions, Encoding encoding) {
        this.encoding = encoding;
        this.labels = encoding.count();
        this.weights = weights;
        this.transitions = transitions;
        before = new int[labels][];
        for (int y = 0; y < labels; y++) {
            final int label = y;
            before[y] = java.util.stream.IntStream.range(0, labels).filter(p -> encoding.allowed(p, label)).toArray();
        }
    }

    /** BIO labels ({@link Labels#ALL}) of labels this chain decoded. */
    int[] bio(int[] decoded) {
        return encoding.toBio(decoded);
    }

    /** The sum of two chains' weights and transitions (for averaging runs). */
    LinearChain plus(LinearChain other) {
        float[] w = weights.clone(), t = transitions.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] += other.weights[i];
        }
        for (int i = 0; i < t.length; i++) {
            t[i] += other.transitions[i];
        }
        return new LinearChain(w, t, encoding);
    }

    LinearChain scaled(float factor) {
        float[] w = weights.clone(), t = transitions.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= factor;
        }
        for (int i = 0; i < t.length; i++) {
            t[i] *= factor;
        }
        return new LinearChain(w, t, encoding);
    }

    int rows() {
        return weights.length / labels;
    }

    /** The best label sequence. */
    int[] decode(int[][] features) {
        return decode(features, null);
    }

    /** The best label sequence with {@code extra[i][label]} added to the emission scores (null: none). */
    int[] decode(int[][] features, float[][] extra) {
        float[][] emit = new float[features.length][labels];
        for (int i = 0; i < emit.length; i++) {
            emissions(features[i], extra == null ? null : extra[i], emit[i]);
        }
        return viterbi(emit);
    }

    /** The best label sequence for emission scores {@code emit[i][label]} computed elsewhere ({@link PackedWeights}). */
    int[] viterbi(float[][] emit) {
        final int L = labels;
        int n = emit.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[L];
        float[] next = new float[L];
        int[] back = new int[n * L]; // back[i * L + y]: the best label before y at i
        for (int y = 0; y < L; y++) {
            score[y] = encoding.allowed(-1, y) ? emit[0][y] + transitions[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : before[y]) {
                    float s = score[p] + transitions[(p + 1) * L + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[y] = top + emit[i][y];
                back[i * L + y] = arg;
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int y = 0; // O may always end a sentence
        for (int k = 1; k < L; k++) {
            if (score[k] > score[y] && encoding.mayEnd(k)) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = y;
            y = back[i * L + y];
        }
        return best;
    }

    private void emissions(int[] rows, float[] extra, float[] out) {
        final int L = labels;
        if (extra == null) {
            java.util.Arrays.fill(out, 0);
        } else {
            System.arraycopy(extra, 0, out, 0, L);
        }
        for (int r : rows) {
            int base = r * L;
            for (int y = 0; y < L; y++) {
                out[y] += weights[base + y];
            }
        }
    }
}
