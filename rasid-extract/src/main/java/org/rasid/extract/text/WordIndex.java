package org.rasid.extract.text;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of one document, scanned once, with where each distinct form stands. The actor layer's whole-text rules
 * start only at words of a few forms (a settlement noun, a force's head, a cue of location); asking the index for
 * those positions reads each distinct form once per list, instead of every rule looking every word of the text up in
 * its own list; and the alias scan tries a form's clitic prefixes against the registry once ({@link #perForm}).
 * Built once per document text and shared by all stages (see {@link #of}).
 */
public final class WordIndex {
    private static final int[] NONE = {};
    /** A null answer kept in {@link PerForm}, where null is "not asked yet". */
    private static final Object NULL = new Object();

    /** The last text indexed on this thread and its index: the stages of one document share one. */
    private static final ThreadLocal<WordIndex> LAST = new ThreadLocal<>();

    private final String text;
    private final List<Word> words;
    /** Each word's form (its {@link Word#norm}) as an index into {@link #forms}. */
    private final int[] formOf;
    /** Each word's {@link Word#bare} form, the same as {@link #formOf} for a word with no leading conjunction. */
    private final int[] bareOf;
    /** The distinct forms of the text (norms and bare forms), the first {@link #formCount} of the array. */
    private final String[] forms;
    private int formCount;
    /**
     * The forms by hash, open addressing: a slot holds a form's id + 1, or 0. One array of ints rather than a map of
     * boxed ids, as it is filled for every word of every document.
     */
    private final int[] slots;
    private final int shift;
    /** Per list asked about: the words in it, as bits by word index (several rules ask for the same list). */
    private final Map<WordSet, long[]> inSet = new IdentityHashMap<>();
    private final Map<WordSet, long[]> inSetWithBare = new IdentityHashMap<>();
    /** Answers rules keep per distinct form (see {@link #perForm}), by the key they keep them under. */
    private final Map<Object, Object[]> perForm = new IdentityHashMap<>();

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
        int n = words.size();
        this.formOf = new int[n];
        this.bareOf = new int[n];
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(8, 4 * n) - 1); // a norm and a bare form per word at most
        this.slots = new int[1 << log2];
        this.shift = 32 - log2;
        this.forms = new String[2 * n];
        for (int i = 0; i < n; i++) {
            Word w = words.get(i);
            formOf[i] = add(w.norm());
            bareOf[i] = w.stripped() ? add(w.bare()) : formOf[i];
        }
    }

    private int add(String form) {
        int slot = slot(form);
        if (slots[slot] == 0) {
            forms[formCount] = form;
            slots[slot] = ++formCount;
        }
        return slots[slot] - 1;
    }

    /** The slot of {@code form}: where it is, or the empty slot where it would go. */
    private int slot(String form) {
        int slot = (form.hashCode() * 0x9E3779B9) >>> shift;
        while (slots[slot] != 0 && !forms[slots[slot] - 1].equals(form)) {
            slot = (slot + 1) & (slots.length - 1);
        }
        return slot;
    }

    /** The id of {@code form} among the text's forms, or -1 when no word has it. */
    private int id(String form) {
        return slots[slot(form)] - 1;
    }

    /** The words and punctuation marks of the text, in text order. */
    public List<Word> words() {
        return words;
    }

    /** The id of the form (the {@link Word#norm}) of word {@code i}, below {@link #formCount}: words of one form share it. */
    int formOf(int i) {
        return formOf[i];
    }

    int formCount() {
        return formCount;
    }

    /**
     * What {@code answer} says of each word, asked once per form of this text however often the form recurs: for a
     * rule that looks every word up, as most forms recur (في، من، قال). {@code answer} must depend on the word's
     * {@link Word#norm} only; the answers are kept under {@code key} while the index lives, so the key names the rule
     * (and whatever else the answers depend on). Fetch it once per document: each word then costs two array reads.
     */
    public <T> PerForm<T> perForm(Object key, Function<Word, T> answer) {
        Object[] answers = perForm.get(key);
        if (answers == null) {
            answers = new Object[formCount];
            perForm.put(key, answers);
        }
        return new PerForm<>(answers, answer);
    }

    /** The answers of one rule for the forms of this text (see {@link #perForm}). */
    public final class PerForm<T> {
        private final Object[] answers;
        private final Function<Word, T> answer;

        private PerForm(Object[] answers, Function<Word, T> answer) {
            this.answers = answers;
            this.answer = answer;
        }

        /** The answer for word {@code i} of the text. */
        @SuppressWarnings("unchecked")
        public T at(int i) {
            int form = formOf[i];
            Object a = answers[form];
            if (a == null) {
                T made = answer.apply(words.get(i));
                answers[form] = made == null ? NULL : made;
                return made;
            }
            return a == NULL ? null : (T) a;
        }
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
            int id = id(key);
            if (id >= 0) {
                in = in == null ? new boolean[formCount] : in;
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
        var in = new boolean[formCount];
        if (set.size() < formCount) {
            for (String word : set.words()) {
                int id = id(word);
                if (id >= 0) {
                    in[id] = true;
                }
            }
        } else {
            for (int id = 0; id < formCount; id++) {
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
