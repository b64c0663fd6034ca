package org.rasid.ner;

/**
 * The emission weights of a model and of its stacked second model laid out for tagging. Tagging is bound by memory
 * reads: each feature reads one row of a hashed table of 2^20 rows, and two such tables (36 MB each) do not stay in
 * cache. Only about 14% of the rows have a non-zero weight in either model, so this keeps just those, each with both
 * models' weights side by side (10 MB for the shipped model: one read serves both passes), found through a bit set
 * with per-word ranks (256 KB; each word next to its rank, so finding a row reads one cache line). Rows without a
 * weight add nothing, so skipping them leaves every sum unchanged, and
 * the weights of a token's rows are added in the same order as {@link LinearChain}'s, so the scores are the same
 * floats. (Keeping the weights as the file's 16-bit integers times a step, half the bytes, measured no faster.)
 */
final class PackedWeights {
    /** Labels per model (the chains' encoding). */
    private final int L;
    /**
     * Per 64 rows, two longs: a word whose bit r (mod 64) is set when row r has a non-zero weight in either model,
     * then how many rows are present before that word.
     */
    private final long[] index;
    /** Per present row, the first model's L weights, then (with a second model) the second's. */
    private final float[] cells;
    private final int width;

    /** {@code second} may be null; otherwise it has as many rows as {@code first}. */
    PackedWeights(LinearChain first, LinearChain second) {
        if (second != null && second.rows() != first.rows()) {
            throw new IllegalArgumentException("the two models' tables differ in size");
        }
        if (second != null && second.labels != first.labels) {
            throw new IllegalArgumentException("the two models' label sets differ");
        }
        L = first.labels;
        int rows = first.rows();
        width = second == null ? L : 2 * L;
        index = new long[2 * ((rows + 63) >>> 6)];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            if ((r & 63) == 0) {
                index[2 * (r >>> 6) + 1] = count;
            }
            if (hasWeight(first, r) || second != null && hasWeight(second, r)) {
                index[2 * (r >>> 6)] |= 1L << r;
                count++;
            }
        }
        cells = new float[count * width];
        for (int r = 0, at = 0; r < rows; r++) {
            if ((index[2 * (r >>> 6)] & (1L << r)) != 0) {
                System.arraycopy(first.weights, r * L, cells, at, L);
                if (second != null) {
                    System.arraycopy(second.weights, r * L, cells, at + L, L);
                }
                at += width;
            }
        }
    }

    private boolean hasWeight(LinearChain chain, int row) {
        for (int y = 0; y < L; y++) {
            if (chain.weights[row * L + y] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Where row {@code r}'s weights start in {@link #cells}, or -1 when it has none. */
    private int offset(int r) {
        int w = 2 * (r >>> 6);
        long word = index[w];
        long bit = 1L << r;
        if ((word & bit) == 0) {
            return -1;
        }
        return ((int) index[w + 1] + Long.bitCount(word & (bit - 1))) * width;
    }

    /**
     * The first model's weights of {@code rows} summed, then (with a second model) the second's: where a sum over
     * more rows starts, as {@link #addBoth} or {@link #addFirst} would have reached it after these rows.
     */
    float[] sums(int[] rows) {
        float[] first = new float[L];
        if (width == L) {
            addFirst(rows, first);
            return first;
        }
        float[] second = new float[L];
        addBoth(rows, first, second);
        float[] out = java.util.Arrays.copyOf(first, 2 * L);
        System.arraycopy(second, 0, out, L, L);
        return out;
    }

    /** Adds the first model's weights of {@code rows} to {@code first}, the second's to {@code second}. */
    void addBoth(int[] rows, float[] first, float[] second) {
        // label 0 first, alone: its loop is short, so the reads of all the rows' cache lines are in flight together
        // instead of one row at a time (each label's sum still runs over the rows in order); it also notes where
        // the present rows are, for the other labels
        int[] at = new int[rows.length];
        int present = 0;
        for (int r : rows) {
            int a = offset(r);
            if (a >= 0) {
                first[0] += cells[a];
                at[present++] = a;
            }
        }
        if (L == BIO) {
            addRest(cells, at, present, first, second, BIO);
        } else {
            addRest(cells, at, present, first, second, L);
        }
    }

    /** A BIO chain's label count, passed as a constant where it bounds the hot loops so that they unroll. */
    private static final int BIO = Encoding.BIO.count();

    /** The other labels' sums over the present rows at {@code at} (after label 0's, in {@link #addBoth}). */
    private static void addRest(float[] cells, int[] at, int present, float[] first, float[] second, int labels) {
        for (int k = 0; k < present; k++) {
            int a = at[k];
            for (int y = 1; y < labels; y++) {
                first[y] += cells[a + y];
            }
            for (int y = 0; y < labels; y++) {
                second[y] += cells[a + labels + y];
            }
        }
    }

    /** Adds the first model's weights of {@code rows} to {@code out}. */
    void addFirst(int[] rows, float[] out) {
        add(rows, 0, out);
    }

    /** Adds the second model's weights of {@code rows} to {@code out}. */
    void addSecond(int[] rows, float[] out) {
        add(rows, L, out);
    }

    private void add(int[] rows, int model, float[] out) {
        int labels = L;
        for (int r : rows) {
            int at = offset(r);
            if (at >= 0) {
                for (int y = 0; y < labels; y++) {
                    out[y] += cells[at + model + y];
                }
            }
        }
    }
}
