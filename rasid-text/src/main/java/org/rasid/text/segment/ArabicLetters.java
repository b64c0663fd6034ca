package org.rasid.text.segment;

/**
 * The minimal character knowledge the segmenter needs: which characters are Arabic letters, which are marks to
 * skip (diacritics, tatweel) so that lexicon keys and cuts ignore them.
 */
final class ArabicLetters {
    private ArabicLetters() {
    }

    static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || c == '\u0671'
                || c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06A4' || c == '\u06AF'
                || c == '\u06A9' || c == '\u06CC';
    }

    /** Harakat, tanween, shadda, sukun, dagger alif, Quranic marks and tatweel: written but not spelled. */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** The spelling of {@code s} without marks: the key under which the lexicon counts a form. */
    static String strip(CharSequence s) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isMark(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
