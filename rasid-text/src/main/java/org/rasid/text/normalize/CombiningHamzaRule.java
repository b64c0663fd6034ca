package org.rasid.text.normalize;

/**
 * Search level: removes the combining madda and hamza marks that decomposed (NFD) text uses instead of
 * precomposed letters, so that ا + ٔ matches أ after the {@link AlefRule} (both become ا).
 */
public final class CombiningHamzaRule implements NormalizationRule {
    public static final char MADDAH_ABOVE = '\u0653';
    public static final char HAMZA_ABOVE = '\u0654';
    public static final char HAMZA_BELOW = '\u0655';

    static boolean isCombiningHamza(char c) {
        return c >= MADDAH_ABOVE && c <= HAMZA_BELOW;
    }

    @Override
    public String apply(char c) {
        return isCombiningHamza(c) ? "" : null;
    }
}
