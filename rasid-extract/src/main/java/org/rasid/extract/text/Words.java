package org.rasid.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.Span;

/**
 * Splits a range of the text into words and punctuation marks. The rules need every comma, colon and quotation
 * mark as its own item, which the token layer also gives; this keeps the rules independent of how the tokenizer
 * splits clitics.
 */
public final class Words {
    private Words() {
    }

    /** The words and punctuation marks inside {@code [from, to)} of {@code text} (scanned once: {@link WordIndex}). */
    public static List<Word> in(String text, int from, int to) {
        List<Word> all = WordIndex.of(text).words();
        int lo = firstAtOrAfter(all, from);
        int hi = Math.max(lo, firstAtOrAfter(all, to));
        if (hi > lo && all.get(hi - 1).end() > to) {
            hi--; // a word straddling the end is not inside
        }
        return all.subList(lo, hi);
    }

    /**
     * The words of a short phrase on its own (e.g. a mention's text), scanned without touching the cached scan of
     * the document, which every stage after this one still needs.
     */
    public static List<Word> of(String phrase) {
        return scan(phrase);
    }

    /**
     * The index of the first of {@code words} (in text order, as {@link #in} gives them; any spans in text order) that
     * starts at or after {@code offset}, or their number: where a rule asking about a span starts reading, instead of
     * at the first word.
     */
    public static int firstAtOrAfter(List<? extends Span> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The index of the first of {@code words} (in text order; any non-overlapping spans) that ends after
     * {@code offset}: the word containing it, else the next one, else their number.
     */
    public static int endingAfter(List<? extends Span> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** All words and punctuation marks of {@code text}. */
    static List<Word> scan(String text) {
        char[] cs = text.toCharArray(); // one copy: reading the array skips String.charAt's checks on every character
        int to = cs.length;
        var out = new ArrayList<Word>();
        int i = 0;
        while (i < to) {
            char c = cs[i];
            boolean arabic = c >= '\u0621' && c <= '\u065F'; // most characters: no space, no table lookup
            if (!arabic && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                i++;
                continue;
            }
            int start = i;
            if (arabic || wordChar(c)) {
                while (i < to && (wordChar(cs[i])
                        || (cs[i] == '.' || cs[i] == ',' || cs[i] == '٫')
                        && Character.isDigit(cs[i - 1]) && i + 1 < to && Character.isDigit(cs[i + 1]))) {
                    i++;
                }
            } else {
                i++;
            }
            String w = text.substring(start, i);
            out.add(new Word(start, i, w, Arabic.normalize(cs, start, i, w)));
        }
        return List.copyOf(out);
    }

    private static boolean wordChar(char c) {
        if (c >= '\u0621' && c <= '\u065F') {
            return true; // Arabic letters, tatweel and harakat: the bulk of the text, without a table lookup
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    public static boolean isPunct(Word w) {
        return !Character.isLetterOrDigit(w.text().charAt(0));
    }

    /** Punctuation that breaks a clause: any mark but a quotation mark, which only wraps words inside it. */
    public static boolean isClauseBreak(Word w) {
        return isPunct(w) && !isQuoteMark(w);
    }

    /** An Arabic or a Latin comma. */
    public static boolean isComma(Word w) {
        return w.text().equals("،") || w.text().equals(",");
    }

    public static boolean isQuoteMark(Word w) {
        return "«»\"“”".contains(w.text());
    }

    /** «, " or “ alone: a quotation opens (" also closes one). */
    public static boolean isOpeningQuoteMark(Word w) {
        return w.text().length() == 1 && "«\"“".indexOf(w.text().charAt(0)) >= 0;
    }
}
