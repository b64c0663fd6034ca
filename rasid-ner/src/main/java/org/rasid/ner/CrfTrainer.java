package org.rasid.ner;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * A linear-chain CRF (Lafferty et al. 2001) over the same hashed {@link LinearChain} the perceptron trains: per
 * sentence, the gradient of the conditional log-likelihood by forward-backward over the lattice of valid labels
 * ({@link Encoding#allowed}, {@link Encoding#mayEnd}), applied with AdaGrad steps and an L2 penalty on the rows the
 * sentence uses, and the iterates averaged like the perceptron's. The model file and Viterbi stay as they are, so
 * only training changes. Single-threaded and seeded: the same data and seed give the same weights bit for bit.
 */
final class CrfTrainer {
    private final int epochs;
    private final long seed;
    private final double rate;
    private final double l2;
    /** The smallest gradient that moves a weight. */
    static final double NEGLIGIBLE = 1e-4;
    /** AdaGrad's starting sum of squared gradients (TensorFlow's default initial accumulator). */
    static final double INITIAL_SQUARES = 0.1;

    /**
     * {@code rate}: AdaGrad's step size; {@code l2}: the penalty (l2 / 2) w² added to the loss for each sentence in
     * which a weight's row occurs (rare rows are pulled to 0 less often, as in most sparse SGD trainers).
     */
    CrfTrainer(int epochs, long seed, double rate, double l2) {
        this.epochs = epochs;
        this.seed = seed;
        this.rate = rate;
        this.l2 = l2;
    }

    LinearChain train(List<PerceptronTrainer.Example> examples, int rows, Encoding encoding, IntConsumer afterEpoch) {
        var model = new LinearChain(rows, encoding);
        float[] w = model.weights, t = model.transitions;
        var lattice = new Lattice(encoding);
        var g = new Gradient(model.labels);
        float[] wSq = new float[w.length], tSq = new float[t.length];
        double[] wAcc = new double[w.length], tAcc = new double[t.length];
        int steps = AveragedEpochs.run(examples.size(), epochs, seed, (idx, step) -> {
            g.clear();
            lattice.addGradient(model, examples.get(idx), g);
            for (int k = 0; k < g.touchedRows; k++) {
                int base = g.rows[k] * model.labels;
                for (int y = 0; y < model.labels; y++) {
                    adagrad(w, wSq, wAcc, base + y, g.emission(k, y) + l2 * w[base + y], step);
                }
            }
            for (int j = 0; j < t.length; j++) {
                adagrad(t, tSq, tAcc, j, g.transitions[j], step);
            }
        }, afterEpoch);
        AveragedEpochs.average(w, wAcc, steps);
        AveragedEpochs.average(t, tAcc, steps);
        return model;
    }

    /**
     * One AdaGrad step, its squared-gradient sum starting at {@link #INITIAL_SQUARES} (else a weight's first step
     * is the full rate whatever its gradient: g / sqrt(g²) = 1). Gradients under {@link #NEGLIGIBLE} are skipped,
     * which keeps the rows of labels a sentence makes unlikely at 0 and the model sparse.
     */
    private void adagrad(float[] w, float[] sq, double[] acc, int j, double grad, int step) {
        if (Math.abs(grad) < NEGLIGIBLE) {
            return;
        }
        sq[j] += (float) (grad * grad);
        float delta = (float) (-rate * grad / Math.sqrt(INITIAL_SQUARES + sq[j]));
        w[j] += delta;
        acc[j] += (double) step * delta;
    }

    /**
     * One sentence's gradient of the negative log-likelihood, sparse over the weight rows: a small open-addressing
     * table from row to its labels' sums (a sentence uses a few thousand rows; a table as large as the model's would
     * miss the cache on every add). {@code rows} lists the rows in first-touch order, so that training applies them
     * in the same order on every run.
     */
    static final class Gradient {
        final int labels;
        final double[] transitions;
        int[] rows = new int[1024];
        int touchedRows;
        private double[] sums = new double[1024 * 9];
        private int[] slots = new int[4096]; // 1 + index into rows, 0: empty

        Gradient(int labels) {
            this.labels = labels;
            transitions = new double[(labels + 1) * labels];
            sums = new double[rows.length * labels];
        }

        /** The row's index among the touched rows, adding it when new. */
        int index(int row) {
            int mask = slots.length - 1;
            for (int s = mix(row) & mask; ; s = (s + 1) & mask) {
                if (slots[s] == 0) {
                    if (touchedRows == rows.length) {
                        grow();
                        return index(row);
                    }
                    rows[touchedRows] = row;
                    slots[s] = ++touchedRows;
                    return touchedRows - 1;
                }
                if (rows[slots[s] - 1] == row) {
                    return slots[s] - 1;
                }
            }
        }

        void addEmissions(int index, double[] values) {
            int base = index * labels;
            for (int y = 0; y < labels; y++) {
                sums[base + y] += values[y];
            }
        }

        /** The summed gradient of the k-th touched row's weight for {@code label}. */
        double emission(int k, int label) {
            return sums[k * labels + label];
        }

        /** The gradient of a row's weight for a label (0 for a row the sentence does not use). */
        double emissionOfRow(int row, int label) {
            for (int k = 0; k < touchedRows; k++) {
                if (rows[k] == row) {
                    return emission(k, label);
                }
            }
            return 0;
        }

        void clear() {
            java.util.Arrays.fill(slots, 0);
            java.util.Arrays.fill(sums, 0, touchedRows * labels, 0);
            touchedRows = 0;
            java.util.Arrays.fill(transitions, 0);
        }

        private void grow() {
            int[] old = java.util.Arrays.copyOf(rows, touchedRows);
            rows = new int[rows.length * 2];
            sums = java.util.Arrays.copyOf(sums, rows.length * labels);
            slots = new int[rows.length * 4];
            touchedRows = 0;
            for (int r : old) {
                index(r);
            }
        }

        private static int mix(int row) {
            return row * 0x9E3779B9 >>> 7;
        }
    }

    /** Forward-backward over the lattice of valid label sequences, in log space. */
    static final class Lattice {
        private final Encoding encoding;
        private final int labels;

        /** Per label, the labels that may come before it, and after it. */
        private final int[][] before;
        private final int[][] after;

        Lattice(Encoding encoding) {
            this.encoding = encoding;
            this.labels = encoding.count();
            before = new int[labels][];
            after = new int[labels][];
            for (int y = 0; y < labels; y++) {
                final int label = y;
                before[y] = java.util.stream.IntStream.range(0, labels).filter(p -> encoding.allowed(p, label)).toArray();
                after[y] = java.util.stream.IntStream.range(0, labels).filter(n -> encoding.allowed(label, n)).toArray();
            }
        }

        /**
         * Adds the gradient of -log p(gold | sentence) to {@code g} (expected minus gold feature counts) and
         * returns log p(gold | sentence).
         */
        double addGradient(LinearChain model, PerceptronTrainer.Example ex, Gradient g) {
            int[][] features = ex.features();
            int[] gold = ex.gold();
            int n = gold.length;
            if (n == 0) {
                return 0;
            }
            final int L = labels;
            float[] t = model.transitions;
            double[][] emit = emissions(model, features);
            double[][] alpha = forward(emit, t);
            double[][] beta = backward(emit, t);
            double[] ends = new double[L];
            for (int y = 0; y < L; y++) {
                ends[y] = alpha[n - 1][y] + beta[n - 1][y];
            }
            double logZ = logSumExp(ends, L);
            double goldScore = 0;
            double[] excess = new double[L]; // per label, the marginal minus the gold indicator
            for (int i = 0; i < n; i++) {
                int prev = i == 0 ? -1 : gold[i - 1];
                goldScore += emit[i][gold[i]] + t[(prev + 1) * L + gold[i]];
                for (int y = 0; y < L; y++) {
                    excess[y] = Math.exp(alpha[i][y] + beta[i][y] - logZ) - (y == gold[i] ? 1 : 0);
                    if (i == 0) {
                        g.transitions[y] += excess[y];
                    }
                }
                for (int r : features[i]) {
                    g.addEmissions(g.index(r), excess);
                }
                if (i > 0) {
                    g.transitions[(prev + 1) * L + gold[i]] -= 1;
                    for (int p = 0; p < L; p++) {
                        if (alpha[i - 1][p] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        for (int y : after[p]) {
                            g.transitions[(p + 1) * L + y] += Math.exp(alpha[i - 1][p] + t[(p + 1) * L + y] + emit[i][y]
                                    + beta[i][y] - logZ);
                        }
                    }
                }
            }
            return goldScore - logZ;
        }

        private double[][] emissions(LinearChain model, int[][] features) {
            final int L = labels;
            double[][] emit = new double[features.length][L];
            for (int i = 0; i < features.length; i++) {
                for (int r : features[i]) {
                    int base = r * L;
                    for (int y = 0; y < L; y++) {
                        emit[i][y] += model.weights[base + y];
                    }
                }
            }
            return emit;
        }

        /** alpha[i][y]: log of the summed scores of the valid prefixes that end in y at i. */
        private double[][] forward(double[][] emit, float[] t) {
            final int L = labels;
            int n = emit.length;
            double[][] alpha = new double[n][L];
            double[] terms = new double[L];
            for (int y = 0; y < L; y++) {
                alpha[0][y] = encoding.allowed(-1, y) ? t[y] + emit[0][y] : Double.NEGATIVE_INFINITY;
            }
            for (int i = 1; i < n; i++) {
                for (int y = 0; y < L; y++) {
                    int k = 0;
                    for (int p : before[y]) {
                        terms[k++] = alpha[i - 1][p] + t[(p + 1) * L + y];
                    }
                    alpha[i][y] = emit[i][y] + logSumExp(terms, k);
                }
            }
            return alpha;
        }

        /** beta[i][y]: log of the summed scores of the valid suffixes after y at i. */
        private double[][] backward(double[][] emit, float[] t) {
            final int L = labels;
            int n = emit.length;
            double[][] beta = new double[n][L];
            double[] terms = new double[L];
            for (int y = 0; y < L; y++) {
                beta[n - 1][y] = encoding.mayEnd(y) ? 0 : Double.NEGATIVE_INFINITY;
            }
            for (int i = n - 2; i >= 0; i--) {
                for (int p = 0; p < L; p++) {
                    int k = 0;
                    for (int y : after[p]) {
                        terms[k++] = t[(p + 1) * L + y] + emit[i + 1][y] + beta[i + 1][y];
                    }
                    beta[i][p] = logSumExp(terms, k);
                }
            }
            return beta;
        }

        /** log Σ exp(a[k]) over the first {@code count} terms. */
        private static double logSumExp(double[] a, int count) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                max = Math.max(max, a[k]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                return max;
            }
            double sum = 0;
            for (int k = 0; k < count; k++) {
                sum += Math.exp(a[k] - max);
            }
            return max + Math.log(sum);
        }
    }
}
