package org.rasid.text.normalize;

import java.util.List;

/**
 * Normalizes Arabic text at one of two {@link Level}s. The rules are composed once into a table with one
 * entry per UTF-16 char, so normalizing costs one array read per char and no regular expressions.
 * Thread-safe; use the shared {@link #ORTHOGRAPHIC} and {@link #SEARCH} instances.
 */
public final class ArabicNormalizer {
    /** How much spelling variation to erase. */
    public enum Level {
        /**
         * Typography only: the text a reader sees, with hamza forms and ة kept because the segmenter and the
         * lexicons tell words apart by them.
         */
        ORTHOGRAPHIC,
        /**
         * ORTHOGRAPHIC plus the spelling variants that search and matching must ignore: أإآٱ→ا, ى→ي, ة→ه,
         * and combining hamza marks of decomposed text.
         */
        SEARCH
    }

    /*
     * Order matters where one rule's output is another's input:
     * 1. invisible characters go first, so no later rule sees a ZWNJ or bidi mark;
     * 2. presentation forms are folded before the letter rules, so ﻷ becomes لأ and then (SEARCH) لا,
     *    and ﺔ becomes ة and then (SEARCH) ه;
     * 3. diacritics and tatweel after folding, since ligatures such as ﳲ (ـَّ) expand into them;
     * 4. digits and Persian letters are independent of the rest;
     * 5. the SEARCH rules come last, over plain letters.
     */
    private static final List<NormalizationRule> ORTHOGRAPHIC_RULES = List.of(
            new InvisibleCharsRule(), new PresentationFormsRule(), new DiacriticsRule(), new TatweelRule(),
            new DigitsRule(), new PersianLettersRule());
    private static final List<NormalizationRule> SEARCH_RULES = List.of(
            new CombiningHamzaRule(), new AlefRule(), new AlefMaqsuraRule(), new TehMarbutaRule());

    public static final ArabicNormalizer ORTHOGRAPHIC = new ArabicNormalizer(Level.ORTHOGRAPHIC, null, ORTHOGRAPHIC_RULES);
    /** Built on the ORTHOGRAPHIC table, which equals running all its rules first. */
    public static final ArabicNormalizer SEARCH = new ArabicNormalizer(Level.SEARCH, ORTHOGRAPHIC, SEARCH_RULES);

    private final Level level;
    /** Replacement of each char, or null where the chain leaves it unchanged. */
    private final String[] table = new String[Character.MAX_VALUE + 1];

    private ArabicNormalizer(Level level, ArabicNormalizer base, List<NormalizationRule> rules) {
        this.level = level;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            // most chars no rule touches: ask each rule about the char alone before building strings
            String current = base == null ? null : base.table[c];
            for (NormalizationRule rule : rules) {
                current = current == null ? rule.apply((char) c) : applyRule(rule, current);
            }
            table[c] = current == null || current.equals(String.valueOf((char) c)) ? null : current;
        }
    }

    public Level level() {
        return level;
    }

    /** Whether normalization rewrites {@code c}; lets token filters skip terms that need no work. */
    public boolean changes(char c) {
        return table[c] != null;
    }

    /** The normalized form of {@code s}; returns {@code s} itself when nothing changes. */
    public String normalize(CharSequence s) {
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String r = table[c];
            if (r != null && out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                if (r == null) {
                    out.append(c);
                } else {
                    out.append(r);
                }
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    /** The normalized text together with a map from each of its chars back to {@code original}. */
    public NormalizedText normalizeWithOffsets(String original) {
        int n = original.length();
        var out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            String r = table[c];
            if (r == null) {
                starts = grow(starts, out.length());
                ends = grow(ends, out.length());
                starts[out.length()] = i;
                ends[out.length()] = i + 1;
                out.append(c);
            } else if (r.isEmpty()) {
                // a removed char belongs to the kept char before it, so spans keep their trailing marks
                if (out.length() > 0) {
                    ends[out.length() - 1] = i + 1;
                }
            } else {
                for (int k = 0; k < r.length(); k++) {
                    starts = grow(starts, out.length());
                    ends = grow(ends, out.length());
                    starts[out.length()] = i;
                    ends[out.length()] = i + 1;
                    out.append(r.charAt(k));
                }
            }
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    private static int[] grow(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, Math.max(index + 1, a.length * 2));
    }

    private static String applyRule(NormalizationRule rule, String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String r = rule.apply(s.charAt(i));
            if (r == null) {
                out.append(s.charAt(i));
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }
}
