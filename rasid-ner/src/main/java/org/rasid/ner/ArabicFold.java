package org.rasid.ner;

/**
 * The search form of a word, as the features see it: diacritics and tatweel removed, alef forms folded to ا,
 * alef maqsura to ي, ta marbuta to ه, Arabic-Indic digits to ASCII. Spelling variants of one name then share
 * their features (أمريكا / امريكا, القاعدة / القاعده).
 */
final class ArabicFold {
    private ArabicFold() {
    }

    static String fold(String word) {
        var sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
                continue; // harakat, dagger alef, tatweel
            }
            sb.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            });
        }
        return sb.toString();
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
