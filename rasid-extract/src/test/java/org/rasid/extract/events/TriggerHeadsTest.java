package org.rasid.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerHeadsTest {
    private static final List<String> CLITICS = List.of("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل");
    private final TriggerHeads heads = new TriggerHeads(List.of("هجوم", "الهجوم", "زياره", "هاجم", "اشتباكات", "قتل"), CLITICS, 5);

    @Test
    void everyFormTheLexiconMakesOfAHeadPasses() {
        // a head as written, after clitics (ال kept, dropped or put back), with subject and object endings, and a ة
        // written open before a pronoun
        for (String word : List.of("هجوم", "والهجوم", "بالهجوم", "للهجوم", "وهجوم", "هاجموا", "وهاجموها", "فهاجمتهم",
                "زيارته", "بزيارتها", "الاشتباكات", "للاشتباكات", "قتلوهم", "وقتلوا")) {
            assertThat(heads.mayStart(word)).as(word).isTrue();
        }
    }

    @Test
    void wordsWithoutAHeadInsideMostlyDoNot() {
        var words = List.of("كابول", "الحكومه", "وزير", "الخارجيه", "قال", "اليوم", "السعوديه", "مجلس", "الامن", "الرئيس");
        assertThat(words.stream().filter(heads::mayStart).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void aHeadInsideAWordBeyondTheEndingsIsNotLookedFor() {
        // the lexicon strips at most a few letters from a word's end: هجوم deep inside a long word is no form of it
        assertThat(heads.mayStart("هجوماتهمكبيرهجدا")).isFalse();
        assertThat(heads.mayStart("")).isFalse();
    }
}
