package org.rasid.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.RasidException;
import org.rasid.core.model.Entity;
import org.rasid.core.pipeline.Pipeline;

class WojoodEvalTest {
    private static final String GOLD = "وصل O\nالوزير B-OCC\nالأمريكي I-OCC B-NORP\nوالأكراد B-NORP\n"
            + "في O\n12 B-DATE\nمايو I-DATE\n$#$ O\n";

    /** A stand-in pipeline that marks fixed surface forms, so the scoring is checked on its own. */
    private static Document mark(Document doc, String... typeAndSurface) {
        var entities = new ArrayList<Entity>();
        for (int i = 0; i < typeAndSurface.length; i += 2) {
            int at = doc.text().indexOf(typeAndSurface[i + 1]);
            entities.add(new Entity(at, at + typeAndSurface[i + 1].length(), typeAndSurface[i], typeAndSurface[i + 1], null, null));
        }
        return doc.with(Layers.ENTITIES, entities);
    }

    @Test
    void exactNeedsTheSameTokensAndRelaxedAnOverlap() {
        var sentences = WojoodReader.parse(GOLD, "g.txt");
        var misses = new ArrayList<String>();
        // الأكراد inside والأكراد covers the whole token; "12" alone only overlaps the gold date "12 مايو"
        var eval = new WojoodEval(d -> mark(d, "ROLE", "الوزير الأمريكي", "NORP", "الأكراد", "NUMBER", "12", "PERS", "وصل"),
                WojoodEval.TYPES, misses::add);
        var r = eval.evaluate(sentences);
        assertThat(r.exact().get("OCC")).isEqualTo(new Score(1, 1, 1));
        assertThat(r.exact().get("NORP")).isEqualTo(new Score(1, 2, 1));
        assertThat(r.exact().get("DATE")).isEqualTo(new Score(0, 1, 0));
        assertThat(r.exact().get("CARDINAL")).isEqualTo(new Score(0, 0, 1));
        assertThat(r.relaxed().get("CARDINAL")).isEqualTo(new Score(0, 0, 1));
        assertThat(misses).anyMatch(m -> m.startsWith("missed NORP: الأمريكي")).anyMatch(m -> m.startsWith("extra CARDINAL: 12"));
        var json = r.toJson(1.5);
        assertThat(json.at("/per_type/NORP/r").asDouble()).isEqualTo(50.0);
        assertThat(json.at("/micro/support").asInt()).isEqualTo(4);
        assertThat(json.at("/tokens").asInt()).isEqualTo(7);
    }

    @Test
    void relaxedMatchesOverlapsOneToOne() {
        var sentences = WojoodReader.parse(GOLD, "g.txt");
        var eval = new WojoodEval(d -> mark(d, "DATE", "في 12", "ROLE", "الوزير"), List.of("DATE", "OCC"), m -> { });
        var r = eval.evaluate(sentences);
        assertThat(r.exact().get("DATE")).isEqualTo(new Score(0, 1, 1));
        assertThat(r.relaxed().get("DATE")).isEqualTo(new Score(1, 1, 1));
        assertThat(r.relaxed().get("OCC")).isEqualTo(new Score(1, 1, 1));
        assertThat(r.exact()).containsOnlyKeys("DATE", "OCC");
    }

    @Test
    void theStandardStagesFindDatesRolesAndNationalities() {
        var sentences = WojoodReader.parse("وصل O\nالوزير B-OCC\nالأمريكي I-OCC B-NORP\nمع O\nالأكراد B-NORP\n"
                + "في O\n12 B-DATE\nمايو I-DATE\n$#$ O\n", "g.txt");
        var r = new WojoodEval(Pipeline.standard()::process, WojoodEval.TYPES, m -> { }).evaluate(sentences);
        assertThat(r.exact().get("DATE").matched()).isEqualTo(1);
        assertThat(r.exact().get("OCC").matched()).isEqualTo(1);
        assertThat(r.exact().get("NORP").matched()).isEqualTo(1);
    }

    @Test
    void aTypeWithoutRasidCounterpartIsAUsageError() {
        assertThatThrownBy(() -> new WojoodEval(d -> d, List.of("GPE"), m -> { }))
                .isInstanceOf(RasidException.class).hasMessageContaining("GPE");
    }
}
