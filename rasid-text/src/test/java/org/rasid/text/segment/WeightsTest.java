package org.rasid.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsTest {
    @Test
    void fittedWeightsReproduceTheirGoldAndRoundTripThroughTheTsv() throws Exception {
        var gold = List.of("و+ال+كتاب", "ب+مطار", "بان", "ال+مدين+ة", "كتاب+ها", "لبنان", "و+ب+ال+مطار", "أعلن+ت");
        var lexicon = Lexicon.standard();

        double[] w = WeightFitter.fit(lexicon, gold, 0.3);

        var segmenter = new CliticSegmenter(new CutScorer(lexicon, w));
        for (String expected : gold) {
            String word = GoldEvaluation.surface(expected);
            assertThat(FarasaFormat.join(segmenter.segment(word, 0, word.length()))).isEqualTo(expected);
        }
        var tsv = new StringWriter();
        Weights.write(w, tsv);
        double[] back = Weights.read(new ByteArrayInputStream(tsv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(back).hasSize(CutScorer.SIZE);
        assertThat(back[CutScorer.LEX]).isCloseTo(w[CutScorer.LEX], org.assertj.core.data.Offset.offset(1e-4));
        assertThat(WeightFitter.fit(lexicon, gold, 0.3)).as("deterministic").isEqualTo(w);
    }
}
