package org.rasid.text.normalize;

/** Search level: alef maqsura as yeh (مستشفى / مستشفي), the most common Egyptian-style spelling variation. */
public final class AlefMaqsuraRule implements NormalizationRule {
    public static final char ALEF_MAQSURA = '\u0649';
    public static final char YEH = '\u064A';

    @Override
    public String apply(char c) {
        return c == ALEF_MAQSURA ? String.valueOf(YEH) : null;
    }
}
