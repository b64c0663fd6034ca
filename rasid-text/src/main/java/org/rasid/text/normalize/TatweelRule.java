package org.rasid.text.normalize;

/** Removes the tatweel (kashida), a purely typographic stretch: جـــديد → جديد, لـ → ل. */
public final class TatweelRule implements NormalizationRule {
    public static final char TATWEEL = '\u0640';

    @Override
    public String apply(char c) {
        return c == TATWEEL ? "" : null;
    }
}
