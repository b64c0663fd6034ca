package org.rasid.extract.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.extract.Docs;

class RolesTest {
    @Test
    void titlesExtendThroughGenitivesAdjectivesAndFi() {
        var doc = new RolesStage().process(Docs.of("قال المستشار الإعلامي لوزارة الدفاع الفرنسية أحمد نوري والخبير البريطاني في "
                + "شؤون الطاقة إن العقيد سالم حضر.").entity("أحمد نوري", "PERS").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("ROLE")).extracting(Entity::text)
                .containsExactly("المستشار الإعلامي لوزارة الدفاع الفرنسية", "والخبير البريطاني في شؤون الطاقة", "العقيد");
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("PERS")).hasSize(1);
    }

    @Test
    void nationalitiesAreDerivedFromCountryNames() {
        var doc = new RolesStage().process(Docs.of("التقى الوفد المصري بممثلين عن الحكومة السورية والأكراد واللاجئين "
                + "السودانيين.").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("NORP"))
                .extracting(Entity::text, Entity::value)
                .contains(org.assertj.core.groups.Tuple.tuple("المصري", "iso3166:EG"),
                        org.assertj.core.groups.Tuple.tuple("السورية", "iso3166:SY"),
                        org.assertj.core.groups.Tuple.tuple("الأكراد", "group"),
                        org.assertj.core.groups.Tuple.tuple("السودانيين", "iso3166:SD"));
    }

    @Test
    void nisbaRule() {
        assertThat(NationalityLexicon.nisba("مصر")).isEqualTo("مصري");
        assertThat(NationalityLexicon.nisba("سوريا")).isEqualTo("سوري");
        assertThat(NationalityLexicon.nisba("كندا")).isEqualTo("كندي");
        assertThat(NationalityLexicon.nisba("السعوديه")).isEqualTo("سعودي");
    }

    @Test
    void rolesReadThroughTheNamedPlaceOrBodyTheyGovern() {
        var doc = new RolesStage().process(Docs.of("قال رئيس بلدية نابلس وقائمقام رام الله إن الحاكم العسكري الأردني في "
                + "نابلس أمر بذلك.").entity("نابلس", "LOC").entity("رام الله", "LOC").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("ROLE")).extracting(Entity::text)
                .containsExactly("رئيس بلدية نابلس", "وقائمقام رام الله", "الحاكم العسكري الأردني في نابلس");
    }

    @Test
    void roleOfTheIssueExamples() {
        var doc = new RolesStage().process(Docs.of("قال رئيس أركان الجيش الأمريكي إن الباحث في الإسلام السياسي والخبير "
                + "الأمريكي في شؤون الشرق الأوسط اختلفا.").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("ROLE")).extracting(Entity::text)
                .containsExactly("رئيس أركان الجيش الأمريكي", "الباحث في الإسلام السياسي",
                        "والخبير الأمريكي في شؤون الشرق الأوسط");
    }

    @Test
    void courtesyWordsAreNoRoleButRanksAre() {
        var doc = new RolesStage().process(Docs.of("حضر السيد أحمد والحاج سالم والعقيد خالد.").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("ROLE")).extracting(Entity::text)
                .containsExactly("والعقيد");
    }

    @Test
    void sunnisOnlyNextToAnotherGroupAndCountryNamesOnlyAsAdjectives() {
        var doc = new RolesStage().process(Docs.of("في نصف السنة الجارية اتفق المسلمون السنة والشيعة. وتعاونت مصر مع "
                + "السعودية والقوات السعودية.").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("NORP")).extracting(Entity::text)
                .containsExactly("المسلمون", "السنة", "الشيعة", "السعودية");
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("NORP")).last()
                .satisfies(e -> assertThat(doc.text().substring(0, e.start())).endsWith("والقوات "));
    }

    @Test
    void noNationalityInsideAName() {
        var doc = new RolesStage().process(Docs.of("راسلت اللجنة القومية العربية الوفد المصري.")
                .entity("اللجنة القومية العربية", "ORG").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("NORP")).extracting(Entity::text)
                .containsExactly("المصري");
    }

    @Test
    void constructChainsAbbreviatedDoctorAndFirstNamesThatLookLikeTitles() {
        var doc = new RolesStage().process(Docs.of("شكوى إلى رئيس بلدية مدينة البيرة من الحاج أمين الحسيني، وعين ووزيراً للتخطيط.")
                .entity("أمين الحسيني", "PERS").build());
        assertThat(doc.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("ROLE")).extracting(Entity::text)
                .containsExactly("رئيس بلدية مدينة البيرة", "ووزيراً للتخطيط");
        var article = new org.rasid.core.Article(org.rasid.core.model.Metadata.of("t"), null, java.util.List.of(
                new org.rasid.core.Article.Block("وألقى د. حسن أبولبده كلمة.", org.rasid.core.model.Paragraph.Kind.paragraph)));
        var analysed = org.rasid.core.pipeline.Pipeline.standard().process(article.toDocument());
        assertThat(analysed.get(Layers.ENTITIES)).filteredOn(e -> e.type().equals("ROLE")).extracting(Entity::text)
                .containsExactly("د.");
    }
}
