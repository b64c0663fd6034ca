package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScorerTest {
    @Test
    void scoresExactSpansPerTypeAndMicro() {
        var scorer = new EntityScorer();
        // gold: PERS[1,3) LOC[4,5) ORG[6,8); predicted: PERS[1,2) (boundary error), LOC[4,5) (right), ORG[6,8) as LOC
        scorer.add(List.of("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"),
                List.of("O", "B-PERS", "O", "O", "B-LOC", "O", "B-LOC", "I-LOC"));
        Scores s = scorer.scores();
        assertThat(s.micro().p()).isEqualTo(33.33);
        assertThat(s.micro().r()).isEqualTo(33.33);
        assertThat(s.perType().get("LOC")).isEqualTo(new Scores.Prf(50.0, 100.0, 66.67, 1));
        assertThat(s.perType().get("PERS").f1()).isEqualTo(0.0);
        assertThat(s.perType().get("ORG").support()).isEqualTo(1);
        int org = Labels.TYPES.indexOf("ORG"), loc = Labels.TYPES.indexOf("LOC");
        assertThat(s.confusion()[org][loc]).isEqualTo(1);
        assertThat(s.confusion()[loc][loc]).isEqualTo(1);
    }

    @Test
    void insideAfterOutsideCountsAsAnEntity() {
        var scorer = new EntityScorer();
        scorer.add(List.of("O", "B-LOC"), List.of("O", "I-LOC"));
        assertThat(scorer.scores().micro().f1()).isEqualTo(100.0);
    }

    @Test
    void noPredictionsGivesZeroNotNaN() {
        var scorer = new EntityScorer();
        scorer.add(List.of("B-ORG"), List.of("O"));
        assertThat(scorer.scores().micro()).isEqualTo(new Scores.Prf(0, 0, 0, 1));
    }
}
