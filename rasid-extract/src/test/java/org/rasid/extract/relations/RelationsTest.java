package org.rasid.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

class RelationsTest {
    private static List<Relation> relations(Document doc) {
        return new RelationsStage().process(new ActorsStage().process(doc)).get(ExtractLayers.RELATIONS);
    }

    @Test
    void enemyStatedWithAdu() {
        var r = relations(Docs.of("ويعد حزب الله عدو إسرائيل الأول في المنطقة.").build());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.subject()).isEqualTo("rasid:hezbollah");
            assertThat(x.predicate()).isEqualTo("ENEMY_OF");
            assertThat(x.object()).isEqualTo("iso3166:IL");
        });
    }

    @Test
    void spokespersonAndLeaderNeedANamedPerson() {
        var doc = Docs.of("قال المتحدث باسم حركة حماس فوزي برهوم إن المعبر مغلق. وأكد رئيس الوزراء العراقي أن القرار نهائي.")
                .entity("فوزي برهوم", "PERS").build();
        var r = relations(doc);
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.predicate()).isEqualTo("SPOKESPERSON_OF");
            assertThat(x.object()).isEqualTo("rasid:hamas");
            assertThat(doc.text().substring(x.evidence().start(), x.evidence().end())).contains("فوزي برهوم");
        });
    }

    @Test
    void supportedByNamesTheSupporterAsSubject() {
        var r = relations(Docs.of("تقدمت قوات جبهة النصرة المدعومة من قطر نحو المطار.").build());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.subject()).isEqualTo("iso3166:QA");
            assertThat(x.predicate()).isEqualTo("SUPPORTS");
            assertThat(x.object()).isEqualTo("rasid:nusra");
        });
    }
}
