package org.rasid.ner;

/**
 * Word vectors by skip-gram with negative sampling (Mikolov et al. 2013), single-threaded with its own seeded
 * generator so that the same corpus gives the same vectors. Frequent words are subsampled, the window shrinks
 * at random, negatives come from the unigram distribution raised to 3/4, as in word2vec.
 */
final class SkipGram {
    private final int dim, window, negatives, epochs;
    private final double sample;
    private long rng;

    SkipGram(int dim, int window, int negatives, int epochs, double sample, long seed) {
        this.dim = dim;
        this.window = window;
        this.negatives = negatives;
        this.epochs = epochs;
        this.sample = sample;
        this.rng = seed * 0x5DEECE66DL + 11;
    }

    private int next(int bound) {
        rng = rng * 6364136223846793005L + 1442695040888963407L;
        return (int) ((rng >>> 33) % bound);
    }

    private double nextDouble() {
        rng = rng * 6364136223846793005L + 1442695040888963407L;
        return (rng >>> 11) * 0x1.0p-53;
    }

    /** Vectors for words 0..v-1 of {@code corpus} (ids; -1 = not in the vocabulary, skipped). */
    float[][] train(int[] corpus, int v) {
        long[] counts = new long[v];
        long total = 0;
        for (int w : corpus) {
            if (w >= 0) {
                counts[w]++;
                total++;
            }
        }
        int[] table = unigramTable(counts);
        float[][] in = new float[v][dim], out = new float[v][dim];
        for (float[] row : in) {
            for (int d = 0; d < dim; d++) {
                row[d] = (float) ((nextDouble() - 0.5) / dim);
            }
        }
        float[] grad = new float[dim];
        int[] kept = new int[corpus.length];
        double alpha0 = 0.025;
        long steps = (long) epochs * corpus.length, done = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            int n = 0;
            for (int w : corpus) {
                if (w < 0) {
                    continue;
                }
                double f = (double) counts[w] / total;
                double keep = (Math.sqrt(f / sample) + 1) * sample / f;
                if (keep >= 1 || nextDouble() < keep) {
                    kept[n++] = w;
                }
            }
            for (int i = 0; i < n; i++) {
                float alpha = (float) Math.max(alpha0 * 0.0001, alpha0 * (1 - (double) (done + (long) i * corpus.length / n) / steps));
                int b = next(window);
                for (int j = i - window + b; j <= i + window - b; j++) {
                    if (j == i || j < 0 || j >= n) {
                        continue;
                    }
                    float[] x = in[kept[j]];
                    java.util.Arrays.fill(grad, 0);
                    for (int k = 0; k <= negatives; k++) {
                        int target = k == 0 ? kept[i] : table[next(table.length)];
                        if (k > 0 && target == kept[i]) {
                            continue;
                        }
                        float[] y = out[target];
                        float dot = 0;
                        for (int d = 0; d < dim; d++) {
                            dot += x[d] * y[d];
                        }
                        float g = ((k == 0 ? 1 : 0) - sigmoid(dot)) * alpha;
                        for (int d = 0; d < dim; d++) {
                            grad[d] += g * y[d];
                            y[d] += g * x[d];
                        }
                    }
                    for (int d = 0; d < dim; d++) {
                        x[d] += grad[d];
                    }
                }
            }
            done += corpus.length;
        }
        return in;
    }

    private static float sigmoid(float x) {
        return x > 8 ? 1 : x < -8 ? 0 : (float) (1 / (1 + Math.exp(-x)));
    }

    private static int[] unigramTable(long[] counts) {
        int size = 10_000_000;
        int[] table = new int[size];
        double norm = 0;
        for (long c : counts) {
            norm += Math.pow(c, 0.75);
        }
        int w = 0;
        double acc = Math.pow(counts[0], 0.75) / norm;
        for (int i = 0; i < size; i++) {
            table[i] = w;
            if ((double) i / size > acc && w < counts.length - 1) {
                w++;
                acc += Math.pow(counts[w], 0.75) / norm;
            }
        }
        return table;
    }
}
