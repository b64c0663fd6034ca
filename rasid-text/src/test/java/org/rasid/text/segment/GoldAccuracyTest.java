package org.rasid.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The accuracy gate: word accuracy on the WikiNews dev gold, which the weights were tuned on. */
class GoldAccuracyTest {
    @Test
    void reachesTheMeasuredWordAccuracyOnWikiNewsDev() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        Path gold = Path.of(shared, "data/segmentation/wikinews-dev.tsv");
        assertThat(Files.isRegularFile(gold)).as(gold + " exists").isTrue();

        var result = GoldEvaluation.run(Segmenter.standard(), gold, 0);

        assertThat(result.words()).isEqualTo(7973);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.980);
    }

    @Test
    void rebuildsWrittenWordsFromGoldSegments() {
        assertThat(GoldEvaluation.surface("ل+ال+محتوى")).isEqualTo("للمحتوى");
        assertThat(GoldEvaluation.surface("ل+ال+لغ+ة")).isEqualTo("للغة");
        assertThat(GoldEvaluation.surface("من+ما")).isEqualTo("مما");
        assertThat(GoldEvaluation.surface("و+ال+تلفزيون")).isEqualTo("والتلفزيون");
    }
}
