package org.rasid.text.normalize;

/**
 * Search level: writes alef with hamza above or below, alef with madda and alef wasla as bare alef
 * (أحمد، إبراهيم، آخر، ٱلله → احمد، ابراهيم، اخر، الله). News spells hamzas on alef inconsistently.
 */
public final class AlefRule implements NormalizationRule {
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';

    @Override
    public String apply(char c) {
        return switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> String.valueOf(ALEF);
            default -> null;
        };
    }
}
