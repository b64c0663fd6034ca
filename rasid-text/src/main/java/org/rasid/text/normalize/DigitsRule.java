package org.rasid.text.normalize;

/**
 * Writes Arabic-Indic (٠١٢) and Persian (۰۱۲) digits as ASCII digits, and the Arabic decimal and thousands
 * separators (٣٫٥، ١٬٠٠٠) as '.' and ',', so that numbers compare and parse the same whatever the script.
 */
public final class DigitsRule implements NormalizationRule {
    public static final char ARABIC_INDIC_ZERO = '\u0660';
    public static final char PERSIAN_ZERO = '\u06F0';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    @Override
    public String apply(char c) {
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return String.valueOf((char) ('0' + c - ARABIC_INDIC_ZERO));
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return String.valueOf((char) ('0' + c - PERSIAN_ZERO));
        }
        if (c == ARABIC_DECIMAL_SEPARATOR) {
            return ".";
        }
        return c == ARABIC_THOUSANDS_SEPARATOR ? "," : null;
    }
}
