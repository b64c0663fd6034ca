package org.rasid.text.normalize;

/**
 * Removes harakat and other combining Arabic marks: tanween, fatha, damma, kasra, shadda, sukun, the
 * superscript (dagger) alef, Quranic annotation signs and honorific marks. News text uses them
 * inconsistently (كثيرًا / كثيرا), so they never decide a match. The combining madda and hamza marks
 * (U+0653..U+0655) are kept: in decomposed text they are the hamza of أ إ آ ؤ ئ, which this level keeps
 * ({@link CombiningHamzaRule} drops them at the search level).
 */
public final class DiacriticsRule implements NormalizationRule {
    public static final char HONORIFIC_FIRST = '\u0610';
    public static final char HONORIFIC_LAST = '\u061A';
    public static final char FATHATAN = '\u064B';
    /** Up to the extended marks (wavy hamza, inverted damma...) that end the combining block. */
    public static final char LAST_EXTENDED_MARK = '\u065F';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char QURANIC_FIRST = '\u06D6';
    public static final char QURANIC_LAST = '\u06ED';
    /** Quranic-block characters that are letters or symbols, not marks. */
    private static final String QURANIC_NON_MARKS = "\u06DD\u06DE\u06E5\u06E6\u06E9";

    @Override
    public String apply(char c) {
        boolean mark = (c >= HONORIFIC_FIRST && c <= HONORIFIC_LAST)
                || (c >= FATHATAN && c <= LAST_EXTENDED_MARK && !CombiningHamzaRule.isCombiningHamza(c))
                || c == SUPERSCRIPT_ALEF
                || (c >= QURANIC_FIRST && c <= QURANIC_LAST && QURANIC_NON_MARKS.indexOf(c) < 0);
        return mark ? "" : null;
    }
}
