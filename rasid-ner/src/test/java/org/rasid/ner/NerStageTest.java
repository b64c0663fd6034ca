package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Metadata;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.text.stage.SentenceStage;
import org.rasid.text.stage.TokenStage;

class NerStageTest {
    private static Document analyse(String text) {
        var pipeline = Pipeline.ordered(List.of(new TokenStage(), new SentenceStage(), new NerStage()));
        return pipeline.process(Document.of(Metadata.of("test"), text));
    }

    @Test
    void findsPeopleAndPlacesWithExactSpans() {
        String text = "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وزير الخارجية الأمريكي أنتوني بلينكن.";
        Document doc = analyse(text);
        List<Entity> entities = doc.get(Layers.ENTITIES);
        for (Entity e : entities) {
            assertThat(e.text()).isEqualTo(text.substring(e.start(), e.end()));
        }
        assertThat(entities).extracting(Entity::type, Entity::text)
                .contains(tuple("LOC", "القاهرة"), tuple("PERS", "عبد الفتاح السيسي"));
    }

    @Test
    void nameAfterAConjunctionStartsAfterIt() {
        String text = "وصل الوفد إلى بغداد ودمشق في زيارة رسمية.";
        List<Entity> entities = analyse(text).get(Layers.ENTITIES);
        assertThat(entities).extracting(Entity::type, Entity::text)
                .contains(tuple("LOC", "بغداد"), tuple("LOC", "دمشق"));
        Entity damascus = entities.stream().filter(e -> e.text().equals("دمشق")).findFirst().orElseThrow();
        assertThat(damascus.start()).isEqualTo(text.indexOf("ودمشق") + 1);
    }

    @Test
    void stageIsFoundByTheStandardPipelineBeforeTimex() {
        List<String> names = Pipeline.standard().names();
        assertThat(names).contains("ner");
        if (names.contains("timex")) {
            assertThat(names.indexOf("ner")).isLessThan(names.indexOf("timex"));
        }
    }
}
