package org.rasid.ner;

/**
 * How the learner spells entity spans as token labels. The CoNLL files and every caller outside the chain speak BIO
 * ({@link Labels}); a chain trained with BILOU (Ratinov and Roth 2009: B, I, L for the first, inner and last token
 * of a longer name, U for a one-token name) converts the gold on the way in and its decoded labels on the way out.
 * BILOU labels: 0 = O, then per type t (in {@link Labels#TYPES} order) B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
 */
enum Encoding {
    BIO(1 + 2 * Labels.TYPES.size()),
    BILOU(1 + 4 * Labels.TYPES.size());

    private static final int B = 0, I = 1, L = 2, U = 3;
    private final int count;

    Encoding(int count) {
        this.count = count;
    }

    /** How many labels the chain has. */
    int count() {
        return count;
    }

    /** The encoding of a chain with {@code labels} labels (what a model file stores). */
    static Encoding ofCount(int labels) {
        for (Encoding e : values()) {
            if (e.count == labels) {
                return e;
            }
        }
        throw new IllegalArgumentException("no label encoding with " + labels + " labels");
    }

    /** Whether {@code next} may follow {@code prev} (-1: the sentence start). */
    boolean allowed(int prev, int next) {
        if (this == BIO) {
            return Labels.allowed(prev, next);
        }
        boolean open = prev > 0 && (part(prev) == B || part(prev) == I); // a name goes on after prev
        if (open) {
            return next > 0 && type(next) == type(prev) && (part(next) == I || part(next) == L);
        }
        return next == 0 || part(next) == B || part(next) == U;
    }

    /** Whether a sentence may end on {@code label} (not inside an unfinished BILOU name). */
    boolean mayEnd(int label) {
        return this == BIO || label == 0 || part(label) == L || part(label) == U;
    }

    /** BIO label indices ({@link Labels#ALL}) of labels in this encoding. */
    int[] toBio(int[] labels) {
        if (this == BIO) {
            return labels;
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            out[i] = y == 0 ? 0 : 1 + 2 * type(y) + (part(y) == I || part(y) == L ? 1 : 0);
        }
        return out;
    }

    /** This encoding's labels of a valid BIO sequence (as {@link ConllReader} gives them). */
    int[] fromBio(int[] bio) {
        if (this == BIO) {
            return bio;
        }
        int[] out = new int[bio.length];
        for (int i = 0; i < bio.length; i++) {
            if (bio[i] == 0) {
                continue;
            }
            int t = (bio[i] - 1) / 2;
            boolean inside = Labels.isInside(bio[i]);
            boolean goesOn = i + 1 < bio.length && bio[i + 1] == 2 + 2 * t; // the next token is I- of the same type
            int part = inside ? (goesOn ? I : L) : (goesOn ? B : U);
            out[i] = 1 + 4 * t + part;
        }
        return out;
    }

    /** The type index of a BILOU entity label. */
    private static int type(int label) {
        return (label - 1) / 4;
    }

    private static int part(int label) {
        return (label - 1) % 4;
    }
}
