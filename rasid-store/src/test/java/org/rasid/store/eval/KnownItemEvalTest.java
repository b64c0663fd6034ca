package org.rasid.store.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownItemEvalTest {
    @Test
    void variantsAreOtherFormsOfTheWord() {
        assertThat(WordVariants.variants("الأخبار")).contains("أخبار", "للأخبار", "اخبار", "والأخبار").doesNotContain("الأخبار");
        assertThat(WordVariants.variants("حكومة")).contains("الحكومة", "حكومتها", "بالحكومة");
        assertThat(KnownItemEval.query("بريطانيا: أربعة محاور", new Random(1)).split(" ")).hasSize(3);
    }

    @Test
    void rasidAnalyzerFindsKnownItemsAtLeastAsWellAsLucenesArabicAnalyzer() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        Path corpus = Path.of(shared, "data", "news", "saudinewsnet.jsonl.gz");
        assertThat(Files.isRegularFile(corpus)).as(corpus + " exists").isTrue();
        var scores = KnownItemEval.run(corpus, 1500, 300, 42);
        var rasid = scores.get(0);
        var lucene = scores.get(1);
        System.out.println("known-item MRR: " + scores);
        assertThat(rasid.queries()).isGreaterThan(250);
        assertThat(rasid.mrr()).isGreaterThanOrEqualTo(lucene.mrr());
    }
}
