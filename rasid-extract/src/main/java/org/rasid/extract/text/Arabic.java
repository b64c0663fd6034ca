package org.rasid.extract.text;

/**
 * Matching keys for Arabic words: spellings that news writers use interchangeably (أ/إ/آ/ا, ى/ي, ة/ه, diacritics,
 * tatweel) fold to one form, so lexicons and names compare equal however the article spells them.
 */
public final class Arabic {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private Arabic() {
    }

    public static String normalize(CharSequence s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue; // diacritics, dagger alef, tatweel
            }
            sb.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                case '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩' -> (char) ('0' + (c - '٠'));
                default -> Character.toLowerCase(c);
            });
        }
        return sb.toString();
    }

    /** The normalized words of a phrase joined by one space, each without its article: the key names are compared by. */
    public static String nameKey(String phrase) {
        var sb = new StringBuilder();
        for (String w : NON_WORD.split(normalize(phrase))) {
            if (w.isEmpty()) {
                continue;
            }
            String bare = w.length() > 3 && w.startsWith("ال") ? w.substring(2) : w;
            sb.append(sb.length() == 0 ? "" : " ").append(bare);
        }
        return sb.toString();
    }

    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
