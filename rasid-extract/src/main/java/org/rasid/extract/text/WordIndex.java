package org.rasid.extract.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one document, scanned once, with where each distinct form stands. The whole-text rules of every stage
 * start only at words of a few forms (a settlement noun, a force's head, a cue of location); asking the index for
 * those positions reads each distinct form once per word list, instead of every rule looking every word of the text
 * up in its own list. Built once per document text and shared by all stages (see {@link #of}).
 */
public final class WordIndex {
    private static final int[] NONE = {};

    /** The last text indexed on this thread and its index: the stages of one document share one. */
    private static final ThreadLocal<WordIndex> LAST = new ThreadLocal<>();

    private final String text;
    private final List<Word> words;
    /** Each word's form (its {@link Word#norm}) as an index into {@link #forms}. */
    private final int[] formOf;
    /** Each word's {@link Word#bare} form, the same as {@link #formOf} for a word with no leading conjunction. */
    private final int[] bareOf;
    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] forms;
    /** Per list asked about: the words in it, as bits by word index (several rules ask for the same list). */
    private final Map<WordSet, long[]> inSet = new IdentityHashMap<>();
    private final Map<WordSet, long[]> inSetWithBare = new IdentityHashMap<>();

    /** The index of {@code text}, built on the first call for it on this thread and reused until another text is asked. */
    public static WordIndex of(String text) {
        WordIndex last = LAST.get();
        if (last == null || last.text != text) {
            last = new WordIndex(text, Words.scan(text));
            LAST.set(last);
        }
        return last;
    }

    WordIndex(String text, List<Word> words) {
        this.text = text;
        this.words = words;
        this.formOf = new int[words.size()];
        this.bareOf = new int[words.size()];
        var forms = new String[2 * words.size()]; // a norm and a bare form per word at most
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            formOf[i] = id(w.norm(), forms);
            bareOf[i] = w.stripped() ? id(w.bare(), forms) : formOf[i];
        }
        this.forms = Arrays.copyOf(forms, ids.size());
    }

    private int id(String form, String[] forms) {
        Integer id = ids.get(form);
        if (id == null) {
            id = ids.size();
            ids.put(form, id);
            forms[id] = form;
        }
        return id;
    }

    /** The words and punctuation marks of the text, in text order. */
    public List<Word> words() {
        return words;
    }

    /** The first word at or after index {@code from} whose {@link Word#norm} is in {@code set}, or -1. */
    public int next(WordSet set, int from) {
        return nextBit(inSet.computeIfAbsent(set, s -> bits(in(set), false)), from);
    }

    /**
     * The first word at or after index {@code from} whose {@link Word#norm} or, after a leading conjunction,
     * {@link Word#bare} is in {@code set}, or -1.
     */
    public int nextWithBare(WordSet set, int from) {
        return nextBit(inSetWithBare.computeIfAbsent(set, s -> bits(in(set), true)), from);
    }

    /**
     * The words whose {@link Word#norm} (or, with {@code bare}, also whose bare form) is one of {@code keys}, ascending:
     * for a list a rule makes for one document (the heads of its groups, the surnames of its persons).
     */
    public int[] positionsOf(Collection<String> keys, boolean bare) {
        boolean[] in = null;
        for (String key : keys) {
            Integer id = ids.get(key);
            if (id != null) {
                in = in == null ? new boolean[forms.length] : in;
                in[id] = true;
            }
        }
        if (in == null) {
            return NONE;
        }
        long[] bits = bits(in, bare);
        int count = 0;
        for (long b : bits) {
            count += Long.bitCount(b);
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = nextBit(bits, 0); i >= 0; i = nextBit(bits, i + 1)) {
            out[k++] = i;
        }
        return out;
    }

    /**
     * Which forms of the text are in {@code set}: its members looked up among the forms when it has fewer (a list of
     * a dozen heads), else each form looked up in it (a lexicon of thousands).
     */
    private boolean[] in(WordSet set) {
        var in = new boolean[forms.length];
        if (set.size() < forms.length) {
            set.forEach(word -> {
                Integer id = ids.get(word);
                if (id != null) {
                    in[id] = true;
                }
            });
        } else {
            for (int id = 0; id < forms.length; id++) {
                in[id] = set.contains(forms[id]);
            }
        }
        return in;
    }

    /** The words whose form (or, with {@code bare}, bare form) is marked in {@code in}, as bits by word index. */
    private long[] bits(boolean[] in, boolean bare) {
        long[] bits = new long[(formOf.length + 63) >>> 6];
        for (int i = 0; i < formOf.length; i++) {
            if (in[formOf[i]] || bare && in[bareOf[i]]) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    private int nextBit(long[] bits, int from) {
        if (from >= words.size()) {
            return -1;
        }
        int k = from >>> 6;
        long b = bits[k] & (-1L << from);
        while (true) {
            if (b != 0) {
                return (k << 6) + Long.numberOfTrailingZeros(b);
            }
            if (++k == bits.length) {
                return -1;
            }
            b = bits[k];
        }
    }
}
