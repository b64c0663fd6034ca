package org.rasid.text.normalize;

import java.text.Normalizer;

/**
 * Folds Arabic presentation forms (contextual glyphs and ligatures that old PDFs and some sites emit) to
 * the letters they show, by Unicode NFKC: ﻻ → لا, ﺑ → ب, ﷲ → الله. Only the two presentation-form blocks are
 * touched, so NFKC's other foldings (superscripts, full-width Latin) do not change the text.
 */
public final class PresentationFormsRule implements NormalizationRule {
    public static final char FORMS_A_FIRST = '\uFB50';
    public static final char FORMS_A_LAST = '\uFDFF';
    public static final char FORMS_B_FIRST = '\uFE70';
    public static final char FORMS_B_LAST = '\uFEFE';

    @Override
    public String apply(char c) {
        boolean presentation = (c >= FORMS_A_FIRST && c <= FORMS_A_LAST) || (c >= FORMS_B_FIRST && c <= FORMS_B_LAST);
        if (!presentation) {
            return null;
        }
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return folded.equals(String.valueOf(c)) ? null : folded;
    }
}
