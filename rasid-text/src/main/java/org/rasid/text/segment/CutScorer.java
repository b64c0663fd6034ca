package org.rasid.text.segment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a cut linearly: how well attested its stem is as a word of its own (news counts, Ayaspell word
 * classes), whether its clitics fit that word's class, and a weight per affix. The weights were tuned on the
 * WikiNews dev set only; they are few, so they describe the scheme rather than memorize words.
 */
final class CutScorer {
    static final int LEX = 0;
    static final int KNOWN = 1;
    static final int FUNCTION = 2;
    static final int NOMINAL_ON_VERB = 3;
    static final int VERBAL_ON_NOUN = 4;
    static final int SHORT_STEM = 5;
    static final int UNSEEN_STEM = 6;
    static final int VERB_SUBJECT_TA = 7;
    static final int TANWEEN_WITH_CLITICS = 8;
    static final int FUNCTION_AFTER_CLITIC = 9;
    static final int WORD_KNOWN = 10;
    static final int STEM_OVER_WORD = 11;
    static final int FIRST_AFFIX = 12;
    static final int SIZE = FIRST_AFFIX + Affix.values().length;

    /**
     * Tuned by coordinate ascent on the WikiNews dev set: the features above in order, then one weight per
     * {@link Affix} in declaration order.
     */
    static final double[] WEIGHTS = {
        0.25, 2.0, 1.0, 0.0, -2.75, 0.25, -0.25, 0.5, 0.0, -0.5, 0.25, 0.0,
        -0.25, -1.25, 0.25, -1.5, 0.0, 0.0, 4.5, 0.5, 0.25, 1.5, 0.0, 1.5, -1.75, -0.5, -3.25, -2.75, -2.0, -0.25, 0.0, -1.25, 0.0, -1.5, 0.0, 1.0, -0.25, 0.0, 0.0, -2.5, 0.0, -0.5};

    private static final Set<Affix> NOMINAL = EnumSet.of(Affix.BI, Affix.KA, Affix.AL, Affix.AL_AFTER_LI,
            Affix.AL_ELIDED, Affix.TA_MARBUTA, Affix.AT, Affix.IN);
    private static final Set<Affix> VERBAL = EnumSet.of(Affix.SA, Affix.WA_PL, Affix.TUM, Affix.NUN);
    private static final Set<Affix> ARTICLE = EnumSet.of(Affix.AL, Affix.AL_AFTER_LI, Affix.AL_ELIDED);

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان",
            "اللتين", "اللاتي", "اللواتي", "اللائي");

    private final Lexicon lexicon;
    private final double[] weights;

    CutScorer(Lexicon lexicon, double[] weights) {
        this.lexicon = lexicon;
        this.weights = weights.clone();
    }

    double score(String w, Cut cut) {
        double[] f = features(w, cut);
        if (f == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = 0;
        for (int i = 0; i < SIZE; i++) {
            s += weights[i] * f[i];
        }
        return s;
    }

    /** The feature vector of a cut, or null when the cut breaks the scheme's grammar. */
    double[] features(String w, Cut cut) {
        String stem = w.substring(cut.stemStart(), cut.stemEnd());
        List<Affix> pre = cut.prefixes();
        List<Affix> suf = cut.suffixes();
        boolean article = pre.stream().anyMatch(ARTICLE::contains);
        boolean future = pre.contains(Affix.SA);
        if (article && (last(suf) == Affix.TA || RELATIVE_PRONOUNS.contains("ال" + w.substring(cut.stemStart())))) {
            return null; // الذي, التي keep their ال; and no article before a verb's subject ت
        }
        if (article && suf.stream().anyMatch(a -> a.isPronoun() || a == Affix.NA || VERBAL.contains(a))) {
            return null;
        }
        boolean tanween = !suf.isEmpty() && suf.get(0) == Affix.ALIF && suf.size() == 1;
        if (tanween && (article || pre.contains(Affix.BI) || pre.contains(Affix.KA))) {
            return null; // the accusative tanween alif never follows the article or a preposition
        }
        if (future && (stem.length() < 3 || tanween || article || !"يتنأ".contains(stem.substring(0, 1)) || suf.stream().anyMatch(NOMINAL::contains))) {
            return null;
        }
        Affix last = last(suf);
        if (tanween && lexicon.flags(stem) == Lexicon.FUNCTION) {
            return null; // إذا, أما, أنا: particles take no case ending
        }
        boolean verbalEnd = last == Affix.TA || suf.stream().anyMatch(VERBAL::contains);
        boolean feminine = suf.contains(Affix.TA_MARBUTA) || (suf.contains(Affix.TA) && last != Affix.TA);

        int count = attested(stem);
        int flags = lexicon.flags(stem);
        for (String variant : variants(stem, suf, feminine, verbalEnd)) {
            count = Math.max(count, attested(variant));
            flags |= lexicon.flags(variant);
        }
        if (flags == Lexicon.VERB && (article || pre.contains(Affix.BI) || pre.contains(Affix.KA))) {
            return null; // prepositions and the article never take a verb (ب+ايدن is not بايدن)
        }
        if (article && (flags & (Lexicon.FUNCTION | Lexicon.NOUN)) == Lexicon.FUNCTION) {
            return null; // nor does the article take a particle (الله is not ال+له)
        }
        double[] f = new double[SIZE];
        f[LEX] = Math.log1p(count);
        f[KNOWN] = flags != 0 ? 1 : 0;
        f[FUNCTION] = (flags & Lexicon.FUNCTION) != 0 ? 1 : 0;
        boolean nominal = pre.stream().anyMatch(NOMINAL::contains) || feminine || suf.contains(Affix.AT);
        f[NOMINAL_ON_VERB] = nominal && flags == Lexicon.VERB ? 1 : 0;
        f[VERBAL_ON_NOUN] = (verbalEnd || future) && flags == Lexicon.NOUN ? 1 : 0;
        if (!cut.isWhole()) {
            f[STEM_OVER_WORD] = f[LEX] - Math.log1p(attested(w));
        }
        f[UNSEEN_STEM] = !cut.isWhole() && count == 0 && flags == 0 ? 1 : 0;
        f[VERB_SUBJECT_TA] = last == Affix.TA && (flags & Lexicon.VERB) != 0 ? 1 : 0;
        if (tanween && pre.isEmpty()) {
            // names and nouns ending in ا take prepositions and the article; accusative forms do not
            f[TANWEEN_WITH_CLITICS] = Math.log1p(lexicon.count("ب" + w) + lexicon.count("ل" + w) + lexicon.count("ال" + w))
                    - Math.log1p(lexicon.count(w));
        }
        f[WORD_KNOWN] = !cut.isWhole() && (lexicon.flags(w) & (Lexicon.NOUN | Lexicon.VERB)) != 0 ? 1 : 0;
        f[FUNCTION_AFTER_CLITIC] = !pre.isEmpty() && (flags & Lexicon.FUNCTION) != 0 ? 1 : 0;
        f[SHORT_STEM] = stem.length() <= 2 && !cut.isWhole() ? 1 : 0;
        for (Affix a : pre) {
            f[FIRST_AFFIX + a.ordinal()] += 1;
        }
        for (Affix a : suf) {
            f[FIRST_AFFIX + a.ordinal()] += 1;
        }
        return f;
    }

    /** How often a form occurs alone or with the article: nouns are mostly seen with it (الإسرائيلي). */
    private int attested(String form) {
        return lexicon.count(form) + (form.startsWith("ال") ? 0 : lexicon.count("ال" + form));
    }

    private static Affix last(List<Affix> suf) {
        return suf.isEmpty() ? null : suf.get(suf.size() - 1);
    }

    /** The dictionary spellings the stem may stand for: ولاد+ت+ه is ولادة, ألقا+ها ألقى, قض+وا قضى, لدي+هم لدى. */
    private static String[] variants(String stem, List<Affix> suf, boolean feminine, boolean verbalEnd) {
        if (suf.isEmpty()) {
            return new String[0];
        }
        String cut = stem.substring(0, stem.length() - 1);
        if (suf.get(0) == Affix.AT && (stem.endsWith("و") || stem.endsWith("ي"))) {
            return new String[] {stem + "ة", cut + "ة", cut + "اة"}; // سنو+ات is سنة, أدو+ات أداة
        }
        if (feminine || suf.get(0) == Affix.AT) {
            return new String[] {stem + "ة"};
        }
        if (stem.endsWith("ا")) {
            return new String[] {cut + "ى"};
        }
        if (stem.endsWith("ي") && suf.get(0).isPronoun()) {
            return new String[] {cut + "ى"};
        }
        if (verbalEnd || suf.get(0) == Affix.UN) {
            return new String[] {stem + "ى", stem + "ي", stem + "ا"};
        }
        return new String[0];
    }
}
