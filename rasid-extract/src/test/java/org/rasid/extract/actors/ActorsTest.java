package org.rasid.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;

class ActorsTest {
    private static Actor named(Document doc, String name) {
        return doc.get(ExtractLayers.ACTORS).stream().filter(a -> a.aliases().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void surnameMentionGetsTheSameActorId() {
        String text = "وصل سمير داود إلى بيروت. وقال داود إن الزيارة ناجحة.";
        var doc = Docs.of(text).entity("سمير داود", "PERS").build();
        int at = text.indexOf("داود إن");
        var withSurname = doc.with(Layers.ENTITIES, List.of(doc.get(Layers.ENTITIES).get(0),
                new org.rasid.core.model.Entity(at, at + 4, "PERS", "داود", null, null)));
        var out = new ActorsStage().process(withSurname);
        var ids = out.get(Layers.ENTITIES).stream().map(org.rasid.core.model.Entity::actor).distinct().toList();
        assertThat(ids).hasSize(1).doesNotContainNull();
        assertThat(named(out, "داود").name()).isEqualTo("سمير داود");
        assertThat(named(out, "بيروت").id()).startsWith("geonames:");
    }

    @Test
    void aCuratedBodyKeepsTheNameOfAGazetteerTown() {
        // كونا is the Kuwaiti news agency in Arabic news and also a small town in the gazetteer
        var out = new ActorsStage().process(Docs.of("الكويت (كونا) - وصل الوفد إلى غزة أمس.").entity("كونا", "LOC")
                .entity("غزة", "LOC").build());
        assertThat(named(out, "كونا").id()).isEqualTo("rasid:kuna");
        assertThat(named(out, "كونا").type()).isEqualTo("ORG");
        assertThat(named(out, "غزة").id()).startsWith("geonames:"); // a curated place does not take a town's name
    }

    @Test
    void descriptorsSpellingsAndLatinFormsMeetInOneActor() {
        var out = new ActorsStage().process(Docs.of("أعلنت حركة حماس موقفها. ورحبت حماس بالقرار، كما ذكرت Hamas في بيان."
                + " وزار الوفد أميركا ثم عاد من أمريكا.").entity("Hamas", "ORG").build());
        var hamas = named(out, "حماس");
        assertThat(hamas.id()).isEqualTo("rasid:hamas");
        assertThat(hamas.aliases()).contains("حركة حماس", "حماس", "Hamas");
        assertThat(named(out, "أميركا").id()).isEqualTo(named(out, "أمريكا").id()).isEqualTo("iso3166:US");
    }

    @Test
    void collectiveArmedActorsAreFoundWithoutEntitiesAndTheirFormsMeet() {
        // no NER entity at all: the curated names alone bring the parties in
        var out = new ActorsStage().process(Docs.of("قصفت مقاتلات التحالف مواقع لجماعة الحوثي قرب الميناء، وقال المرصد السوري"
                + " لحقوق الإنسان إن الحوثيين انسحبوا. واشتبكت المقاومة الشعبية مع قوات النظام.").build());
        assertThat(named(out, "مقاتلات التحالف").id()).isEqualTo("rasid:coalition");
        assertThat(named(out, "جماعة الحوثي").id()).isEqualTo(named(out, "الحوثيين").id()).isEqualTo("rasid:houthis");
        assertThat(named(out, "المرصد السوري لحقوق الإنسان").id()).isEqualTo("rasid:sohr");
        assertThat(named(out, "المقاومة الشعبية").id()).isEqualTo("rasid:popular-resistance");
        assertThat(named(out, "قوات النظام").id()).isEqualTo("rasid:syrian-army");
    }

    @Test
    void theHeadOfAGroupNameAloneLaterNamesThatGroupUnlessQualified() {
        String text = "أعلنت الحركة الوطنية تأييدها للاتفاق. وقالت الحركة إنها ستشارك، بينما رفضت الحركة الطلابية المشاركة.";
        var out = new ActorsStage().process(Docs.of(text).entity("الحركة الوطنية", "ORG").build());
        var national = named(out, "الحركة الوطنية");
        assertThat(national.aliases()).contains("الحركة");
        assertThat(national.mentions()).hasSize(2); // not الحركة الطلابية, another group
    }

    @Test
    void aHeadSharedByTwoGroupsOfTheDocumentNamesNeither() {
        String text = "التقى الحزب الديمقراطي والحزب الجمهوري. وقال الحزب إن اللقاء مثمر.";
        var out = new ActorsStage().process(Docs.of(text).entity("الحزب الديمقراطي", "ORG").entity("الحزب الجمهوري", "ORG").build());
        assertThat(out.get(ExtractLayers.ACTORS)).allSatisfy(a -> assertThat(a.aliases()).doesNotContain("الحزب"));
    }

    @Test
    void aLatinNameJoinsOnlyArabicNamesThatSpellIt() {
        var out = new ActorsStage().process(Docs.of("باع صندوق Marsad حصته، وقال بنك نوردك فايننس إن صندوق مرصد خرج.")
                .entity("Marsad", "ORG").entity("نوردك فايننس", "ORG").entity("مرصد", "ORG").build());
        assertThat(named(out, "Marsad").aliases()).containsExactlyInAnyOrder("Marsad", "مرصد");
        assertThat(named(out, "نوردك فايننس").aliases()).containsExactly("نوردك فايننس");
    }

    @Test
    void closeSpellingVariantsOfANewNameAreOneActor() {
        String text = "هاجمت جبهة ثوار سوريا قرية. وتبنت جبهة ثوار سورية الهجوم.";
        var out = new ActorsStage().process(Docs.of(text).entity("جبهة ثوار سوريا", "ORG").entity("جبهة ثوار سورية", "ORG").build());
        assertThat(out.get(ExtractLayers.ACTORS).stream().filter(a -> a.type().equals("ORG"))).hasSize(1);
    }

    @Test
    void newActorsGetIdsFromTheirNameThatAreStableAcrossRegistries() {
        var doc = Docs.of("قال فارس الزهراني إن العمل مستمر.").entity("فارس الزهراني", "PERS").build();
        String first = named(new ActorsStage(InMemoryActorRegistry.fromResources()).process(doc), "فارس الزهراني").id();
        String second = named(new ActorsStage(InMemoryActorRegistry.fromResources()).process(doc), "فارس الزهراني").id();
        assertThat(first).isEqualTo(second).startsWith("rasid:").matches("rasid:[a-z0-9-]+");
    }

    @Test
    void commonWordsAreNotTakenForTowns() {
        var out = new ActorsStage().process(Docs.of("شهدت المدينة الجديدة نشاطا في إطار الخطة.").build());
        assertThat(out.get(ExtractLayers.ACTORS)).isEmpty();
    }

    @Test
    void forcesNamedByTheirCountryAreActors() {
        var out = new ActorsStage().process(Docs.of("قصفت الطائرات وتقدم الجيش السوداني نحو المدينة، ثم انسحبت قوات الأمن الإثيوبية.").build());
        assertThat(out.get(ExtractLayers.ACTORS)).extracting(Actor::name).contains("الجيش السوداني", "قوات الأمن الإثيوبية");
        assertThat(named(out, "الجيش السوداني").type()).isEqualTo("ORG");
    }

    @Test
    void aNameAfterLamWhoseArticleLostItsAlefIsTheNameWithTheArticle() {
        // للعراق is ل + العراق with the article's alef unwritten, للبنان is ل + لبنان: the segments tell them apart
        String text = "أرسلت الحكومة مساعدات للعراق وللأمم المتحدة ثم للبنان.";
        var doc = new org.rasid.text.stage.TokenStage().process(Docs.of(text).entity("لعراق", "LOC")
                .entity("لأمم المتحدة", "ORG").entity("لبنان", "LOC").build());
        var out = new ActorsStage().process(doc);
        assertThat(named(out, "العراق").id()).isEqualTo("iso3166:IQ");
        assertThat(named(out, "الأمم المتحدة").name()).isEqualTo("الأمم المتحدة");
        assertThat(named(out, "لبنان").id()).isEqualTo("iso3166:LB");
        // the entity keeps the text as written: its span is the source's
        assertThat(out.get(Layers.ENTITIES)).extracting(org.rasid.core.model.Entity::text).contains("لعراق", "لأمم المتحدة");
    }

    @Test
    void aBodyTheModelRanIntoThePersonAfterItsTitleGivesThePersonBack() {
        String text = "وقال مدير منظمة الصحة العالمية يوهان كارلسون إن الوضع مقلق. ويدرس في جامعة هارفرد طلاب كثيرون.";
        var out = new ActorsStage().process(Docs.of(text).entity("منظمة الصحة العالمية يوهان", "ORG")
                .entity("جامعة هارفرد", "ORG").build());
        assertThat(named(out, "منظمة الصحة العالمية").id()).isEqualTo("rasid:who");
        assertThat(named(out, "يوهان كارلسون").type()).isEqualTo("PERS"); // with the surname the model left out
        // no title before it, and a one-word body (جامعة) heads longer names: the university stays whole
        assertThat(out.get(Layers.ENTITIES)).extracting(org.rasid.core.model.Entity::text).contains("جامعة هارفرد");
    }
}
