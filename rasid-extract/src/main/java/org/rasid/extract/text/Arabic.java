package org.rasid.extract.text;

import java.text.Normalizer;

/**
 * Matching keys for Arabic words: spellings that news writers use interchangeably (أ/إ/آ/ا, ى/ي, ة/ه, diacritics,
 * tatweel) fold to one form, so lexicons and names compare equal however the article spells them.
 */
public final class Arabic {
    private Arabic() {
    }

    public static String normalize(CharSequence s) {
        int same = 0;
        while (same < s.length() && unchanged(s.charAt(same))) {
            same++;
        }
        if (same == s.length() && s instanceof String string) {
            return string; // most words are already their key: no copy
        }
        char[] out = new char[s.length()];
        int k = 0;
        for (int i = 0; i < same; i++) {
            out[k++] = s.charAt(i);
        }
        for (int i = same; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMark(c)) {
                continue;
            }
            out[k++] = fold(c);
        }
        return new String(out, 0, k);
    }

    /**
     * {@link #normalize} of the characters {@code chars[from, to)}, which {@code written} holds: returns
     * {@code written} itself when it is its own key. For scanning a text into words, which reads each word's
     * characters from the text's array instead of again through the new string.
     */
    public static String normalize(char[] chars, int from, int to, String written) {
        int same = from;
        while (same < to && unchanged(chars[same])) {
            same++;
        }
        if (same == to) {
            return written;
        }
        char[] out = new char[to - from];
        System.arraycopy(chars, from, out, 0, same - from);
        int k = same - from;
        for (int i = same; i < to; i++) {
            char c = chars[i];
            if (!isMark(c)) {
                out[k++] = fold(c);
            }
        }
        return new String(out, 0, k);
    }

    /** Diacritics, dagger alef and tatweel: dropped from keys. */
    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    /** Arabic presentation forms (U+FB50–U+FEFF) that stand for one letter, as that letter; 0 for the rest (ligatures). */
    private static final char[] PRESENTATION = presentationForms();

    private static char[] presentationForms() {
        var table = new char['\uFEFF' - '\uFB50' + 1];
        for (char c = '\uFB50'; c <= '\uFEFF'; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (base.length() == 1 && base.charAt(0) >= '\u0621' && base.charAt(0) <= '\u06FF') {
                table[c - '\uFB50'] = base.charAt(0);
            }
        }
        return table;
    }

    /** The letter a presentation form stands for (ﻥ → ن), hamza kept; any other character as it is. */
    public static char letter(char c) {
        return c >= '\uFB50' && c <= '\uFEFF' && PRESENTATION[c - '\uFB50'] != 0 ? PRESENTATION[c - '\uFB50'] : c;
    }

    /** Whether a character is its own key: kept and not folded. */
    private static boolean unchanged(char c) {
        return c >= '\u0621' && c <= '\u064A' ? c != 'أ' && c != 'إ' && c != 'آ' && c != 'ى' && c != 'ة' && c != 'ؤ' && c != 'ئ'
                && c != '\u0640'
                : fold(c) == c && !isMark(c);
    }

    /** One character's key: ASCII and the Arabic block (which has no case) without a case-table lookup. */
    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= '\uFB50' && c <= '\uFEFF' && PRESENTATION[c - '\uFB50'] != 0) {
            return fold(PRESENTATION[c - '\uFB50']); // ﻗﺎﻝ: letters in their contextual forms read as قال
        }
        if (c < '\u0600' || c > '\u06FF') {
            return Character.toLowerCase(c);
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            case 'ی' -> 'ي'; // Persian yeh and keheh, which some outlets type for ي and ك (علی بعد)
            case 'ک' -> 'ك';
            case '۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹' -> (char) ('0' + (c - '۰'));
            case '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩' -> (char) ('0' + (c - '٠'));
            default -> c;
        };
    }

    /** A normalized word without its article (الهيئة → هيئة), or the word itself. */
    public static String withoutArticle(String norm) {
        return norm.startsWith("ال") ? norm.substring(2) : norm;
    }

    /** The normalized words of a phrase joined by one space, each without its article: the key names are compared by. */
    public static String nameKey(String phrase) {
        String n = normalize(phrase);
        var sb = new StringBuilder(n.length());
        int i = 0;
        while (i < n.length()) {
            while (i < n.length() && !wordCodePoint(n.codePointAt(i))) {
                i += Character.charCount(n.codePointAt(i));
            }
            int start = i;
            while (i < n.length() && wordCodePoint(n.codePointAt(i))) {
                i += Character.charCount(n.codePointAt(i));
            }
            if (i > start) {
                boolean article = i - start > 3 && n.startsWith("ال", start);
                sb.append(sb.length() == 0 ? "" : " ").append(n, article ? start + 2 : start, i);
            }
        }
        return sb.toString();
    }

    /**
     * A letter or number in the Unicode sense ({@code \p{L}} or {@code \p{N}}). Arabic letters and tatweel (U+0621 to
     * U+064A) and ASCII are told without the type table: they are nearly all a name key is made of.
     */
    private static boolean wordCodePoint(int cp) {
        if (cp >= '\u0621' && cp <= '\u064A') {
            return true;
        }
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
