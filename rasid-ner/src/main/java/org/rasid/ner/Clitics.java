package org.rasid.ner;

/**
 * Splits the proclitics off a folded word: a conjunction (و ف), then a preposition (ب ك ل), keeping the article
 * (لل+X may be ل+الX). ANERcorp tags وإسرائيل and بلبنان as whole tokens, so the stem lets the names behind
 * clitics share features and clusters with their bare forms. With a {@link Lexicon}, a split is taken only when
 * the stem is a more frequent word than the whole (so بيروت stays whole); without one, only splits before the
 * article are taken.
 */
final class Clitics {
    private static final int MIN_STEM = 2;

    /** {@code cut} folded characters are proclitics; {@code stem} is the rest, with a restored article alef. */
    record Split(int cut, String stem) {
    }

    private Clitics() {
    }

    static Split split(String folded, Lexicon lexicon) {
        Split best = new Split(0, folded);
        int bestCount = lexicon.count(folded);
        int conj = folded.length() > MIN_STEM + 1 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') ? 1 : 0;
        for (int c = 0; c <= conj; c++) {
            for (int p = 0; p <= 1; p++) {
                int cut = c + p;
                if (cut == 0 || folded.length() - cut < MIN_STEM || (p == 1 && "بكل".indexOf(folded.charAt(c)) < 0)) {
                    continue;
                }
                String rest = folded.substring(cut);
                for (String stem : rest.startsWith("ل") && p == 1 && folded.charAt(c) == 'ل'
                        ? new String[] {rest, "ا" + rest} : new String[] {rest}) {
                    int count = lexicon.count(stem);
                    boolean article = stem.startsWith("ال") && stem.length() > 3;
                    if (count > bestCount || (bestCount == 0 && count == 0 && article && cut > best.cut())) {
                        best = new Split(cut, stem);
                        bestCount = count;
                    }
                }
            }
        }
        return best;
    }
}
