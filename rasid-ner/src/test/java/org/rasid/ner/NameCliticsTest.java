package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** Where a name starts after the clitics of its first token ({@link NerStage#procliticLength}). */
class NameCliticsTest {
    private static Lexicon lexicon(Object... formCounts) {
        var map = new HashMap<String, Lexicon.Entry>();
        for (int i = 0; i < formCounts.length; i += 2) {
            map.put((String) formCounts[i], new Lexicon.Entry((Integer) formCounts[i + 1], new int[0]));
        }
        return new Lexicon(map);
    }

    // counts shaped like raw news: prepositions before person names are rare, before places less so
    private final Lexicon lexicon = lexicon("سليم", 5000, "بسليم", 10, "لسليم", 20, "وسليم", 300,
            "يرمان", 80, "بيرمان", 5, "وبيرمان", 1, "صيدا", 700, "بصيدا", 30,
            "يد", 800, "ليد", 7, "وليد", 360, "بان", 900, "وبان", 20);

    @Test
    void aPrepositionRarelyWrittenOnThisNameIsStripped() {
        assertThat(NerStage.procliticLength(lexicon, "بسليم", "PERS", f -> false)).isEqualTo(1);
        assertThat(NerStage.procliticLength(lexicon, "لسليم", "PERS", f -> false)).isEqualTo(1);
        assertThat(NerStage.procliticLength(lexicon, "وسليم", "PERS", f -> false)).isEqualTo(1);
    }

    @Test
    void aPersonsNameThatStartsWithBaIsKeptWhole() {
        // بيرمان is too frequent to be ب + يرمان: it is a name of its own
        assertThat(NerStage.procliticLength(lexicon, "بيرمان", "PERS", f -> false)).isZero();
        assertThat(NerStage.procliticLength(lexicon, "وبيرمان", "PERS", f -> false)).isEqualTo(1);
        assertThat(NerStage.procliticLength(lexicon, "بِيرمان", "PERS", f -> false)).isZero();
    }

    @Test
    void aNameTheDocumentAlsoWritesWithoutThePrepositionLosesIt() {
        assertThat(NerStage.procliticLength(lexicon, "بيرمان", "PERS", "يرمان"::equals)).isEqualTo(1);
        assertThat(NerStage.procliticLength(lexicon, "بيرمان", "PERS", "سليم"::equals)).isZero();
    }

    @Test
    void aNameAsFrequentAsItsCliticReadingIsKeptWhole() {
        // وليد is not و + ل + يد ("hand"): the whole form is 45% as frequent as the stem
        assertThat(NerStage.procliticLength(lexicon, "وليد", "PERS", f -> false)).isZero();
        assertThat(NerStage.procliticLength(lexicon, "وليد", "PERS", "يد"::equals)).isZero();
        assertThat(NerStage.procliticLength(lexicon, "وليد", "ORG", f -> false)).isEqualTo(2);
    }

    @Test
    void aPersonsStemIsNeverShorterThanANameCanBe() {
        // بان كي مون: ان is the particle أن, written alone in every article, not a name
        assertThat(NerStage.procliticLength(lexicon, "بان", "PERS", "ان"::equals)).isZero();
        assertThat(NerStage.procliticLength(lexicon, "وبان", "PERS", "ان"::equals)).isEqualTo(1);
        assertThat(NerStage.procliticLength(lexicon, "بسليم", "PERS", "سليم"::equals)).isEqualTo(1);
    }

    @Test
    void placesKeepTheFrequencyRule() {
        assertThat(NerStage.procliticLength(lexicon, "بصيدا", "LOC", f -> false)).isEqualTo(1);
        assertThat(NerStage.procliticLength(lexicon, "بيرمان", "LOC", f -> false)).isEqualTo(1);
    }

    @Test
    void diacriticsAfterTheCliticGoWithIt() {
        assertThat(NerStage.procliticLength(lexicon, "بِسليم", "PERS", f -> false)).isEqualTo(2);
    }

    @Test
    void aTitleTaggedAsThePersonsFirstWordIsLeftOut() {
        assertThat(NerStage.afterTitle("السفير", "PERS", 2)).isEqualTo(1);
        assertThat(NerStage.afterTitle("الرئيسة", "PERS", 3)).isEqualTo(1);
        assertThat(NerStage.afterTitle("السفير", "PERS", 1)).isZero(); // nothing left to be the name
        assertThat(NerStage.afterTitle("الشيخ", "PERS", 3)).isZero(); // names keep it (الشيخ صباح الأحمد)
        assertThat(NerStage.afterTitle("الرئيس", "ORG", 2)).isZero();
        assertThat(NerStage.afterTitle("سامي", "PERS", 2)).isZero();
    }
}
