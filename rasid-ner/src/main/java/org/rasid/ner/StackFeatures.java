package org.rasid.ner;

/**
 * Features for the second, stacked model: what a first pass over the whole document said about each token (its
 * label and its neighbours'), and how the other mentions of its stem nearby were labelled (majority type, its share
 * in quarters, and whether they began or continued a name). The second model learns how far to trust them from
 * cross-validated first passes over the training data, instead of a hand-set bonus.
 */
final class StackFeatures {
    private static final int FP = 0, DOC = 1, POS = 2, ATTRS = 3, SALT = 1_000;
    /** Attribute and offset of each template; a second pair makes a conjunction. */
    private static final int[][] TEMPLATES = {
        {FP, 0}, {FP, -1}, {FP, 1}, {DOC, 0}, {DOC, -1}, {DOC, 1}, {POS, 0}, {FP, 0, DOC, 0}, {DOC, 0, POS, 0},
    };

    private StackFeatures() {
    }

    /** Per sentence and token, the table rows of the stacked features; {@code first} are the first-pass labels. */
    static int[][][] rows(String[][] stems, int[][] first, int window, int bits) {
        int total = 0;
        for (String[] s : stems) {
            total += s.length;
        }
        String[] flat = new String[total];
        int[] labels = new int[total];
        for (int s = 0, g = 0; s < stems.length; s++) {
            for (int i = 0; i < stems[s].length; i++, g++) {
                flat[g] = stems[s][i];
                labels[g] = first[s][i];
            }
        }
        int[][] around = Mentions.around(flat, labels, window);
        int mask = (1 << bits) - 1;
        int[][][] out = new int[stems.length][][];
        for (int s = 0, g0 = 0; s < stems.length; g0 += stems[s].length, s++) {
            int n = stems[s].length;
            long[][] attrs = new long[n][];
            for (int i = 0; i < n; i++) {
                attrs[i] = attributes(first[s][i], around[g0 + i]);
            }
            out[s] = new int[n][TEMPLATES.length];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < TEMPLATES.length; k++) {
                    int[] t = TEMPLATES[k];
                    long h = (k + SALT) * 0x9E3779B97F4A7C15L ^ at(attrs, i + t[1], t[0]);
                    if (t.length > 2) {
                        h = Features.mix(h) ^ at(attrs, i + t[3], t[2]);
                    }
                    out[s][i][k] = 1 + (int) (Features.mix(h) >>> 33) % mask;
                }
            }
        }
        return out;
    }

    /** Each token's row list followed by its stacked rows. */
    static int[][] join(int[][] features, int[][] stacked) {
        int[][] out = new int[features.length][];
        for (int i = 0; i < features.length; i++) {
            out[i] = java.util.Arrays.copyOf(features[i], features[i].length + stacked[i].length);
            System.arraycopy(stacked[i], 0, out[i], features[i].length, stacked[i].length);
        }
        return out;
    }

    /** The attribute strings of one token (package-visible for tests): first-pass label, other mentions, position. */
    static String[] describe(int label, int[] others) {
        return describe(label, summary(others));
    }

    /** Codes of what the other mentions say: 0 none, 1 all untagged, then type, share, more than two, B or I. */
    private static final int CODES = 2 + 4 * 4 * 2 * 2;

    private static int summary(int[] others) {
        if (others == null) {
            return 0;
        }
        int all = 0, best = 0, bestCount = 0, begins = 0, inside = 0;
        for (int y = 0; y < Labels.COUNT; y++) {
            all += others[y];
            if (y > 0) {
                begins += Labels.isInside(y) ? 0 : others[y];
                inside += Labels.isInside(y) ? others[y] : 0;
            }
        }
        for (int t = 1; t <= Labels.TYPES.size(); t++) {
            int c = others[2 * t - 1] + others[2 * t];
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        if (best == 0) {
            return 1;
        }
        int quarter = Math.min(3, 4 * bestCount / all);
        return 2 + (((best - 1) * 4 + quarter) * 2 + (all > 2 ? 1 : 0)) * 2 + (begins >= inside ? 0 : 1);
    }

    private static String[] describe(int label, int code) {
        String doc = "-", pos = "-";
        if (code == 1) {
            doc = "O";
        } else if (code > 1) {
            int c = code - 2;
            pos = c % 2 == 0 ? "B" : "I";
            boolean more = (c / 2) % 2 == 1;
            int quarter = (c / 4) % 4, type = c / 16;
            doc = Labels.TYPES.get(type) + quarter + (more ? "+" : "");
        }
        return new String[] {Labels.ALL.get(label), doc, pos};
    }

    /** The hashed attributes per first-pass label and summary code, computed once: tagging only looks them up. */
    private static final long[][][] TABLE = new long[Labels.COUNT][CODES][];

    static {
        for (int y = 0; y < Labels.COUNT; y++) {
            for (int code = 0; code < CODES; code++) {
                TABLE[y][code] = hashes(describe(y, code));
            }
        }
    }

    private static long[] attributes(int label, int[] others) {
        return TABLE[label][summary(others)];
    }

    private static long[] hashes(String[] d) {
        long[] a = new long[ATTRS];
        for (int k = 0; k < ATTRS; k++) {
            a[k] = Features.hash(d[k], SALT + k);
        }
        return a;
    }

    private static long at(long[][] attrs, int i, int attr) {
        return i < 0 ? SALT - 1 + attr : i >= attrs.length ? SALT - 2 - attr : attrs[i][attr];
    }
}
