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

    @Test
    void headOfStateByNationalityLeadsACountryTheArticleNames() {
        var doc = Docs.of("استقبل الرئيس الفرنسي إيمانويل ماكرون وفدا في باريس. وتدعم فرنسا الحل السياسي.")
                .entity("إيمانويل ماكرون", "PERS").build();
        assertThat(relations(doc)).singleElement().satisfies(x -> {
            assertThat(x.predicate()).isEqualTo("LEADER_OF");
            assertThat(x.object()).isEqualTo("iso3166:FR");
        });
        var former = Docs.of("وانتقد الرئيس الأمريكي السابق جورج بوش سياسة أمريكا.").entity("جورج بوش", "PERS").build();
        assertThat(relations(former)).isEmpty();
        var unnamed = Docs.of("وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير.").entity("إيمانويل ماكرون", "PERS").build();
        assertThat(relations(unnamed)).isEmpty();
    }

    @Test
    void dualTitleGivesEachLeaderHisCountry() {
        var doc = Docs.of("وتحدث الرئيسان المصري عبد الفتاح السيسي والروسي فلاديمير بوتين عن التعاون بين مصر وروسيا.")
                .entity("عبد الفتاح السيسي", "PERS").entity("فلاديمير بوتين", "PERS").build();
        assertThat(relations(doc)).extracting(Relation::object).containsExactlyInAnyOrder("iso3166:EG", "iso3166:RU");
    }

    @Test
    void fightingBetweenTwoSidesMakesThemEnemies() {
        var r = relations(Docs.of("اندلعت معارك عنيفة بين حزب الله وجبهة النصرة في القلمون.").build());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.predicate()).isEqualTo("ENEMY_OF");
            assertThat(java.util.List.of(x.subject(), x.object())).containsExactlyInAnyOrder("rasid:hezbollah", "rasid:nusra");
        });
        var pronoun = relations(Docs.of("وسيطرت جبهة النصرة على البلدة بعد اشتباكات بينها وبين حزب الله.").build());
        assertThat(pronoun).singleElement().satisfies(x -> assertThat(x.predicate()).isEqualTo("ENEMY_OF"));
    }

    @Test
    void aDescriptionIsNoPartyToARelation() {
        var doc = Docs.of("وقال المتحدث باسم الجيش اللبناني العميد جوزيف خوري إن الحدود آمنة.")
                .entity("الجيش اللبناني", "ORG").entity("جوزيف خوري", "PERS").build();
        assertThat(relations(doc)).isEmpty();
    }

    @Test
    void allianceStatedWithMutahalif() {
        var r = relations(Docs.of("وتعد روسيا المتحالفة مع إيران طرفا في النزاع.").build());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.predicate()).isEqualTo("ALLY_OF");
            assertThat(java.util.List.of(x.subject(), x.object())).containsExactlyInAnyOrder("iso3166:RU", "iso3166:IR");
        });
    }

    @Test
    void fightingWithASideNamesBothAndNotANameInsideADescription() {
        var verbFirst = relations(Docs.of("واشتبكت حركة الشباب مع حزب الله قرب الحدود.").build());
        assertThat(verbFirst).singleElement().satisfies(x -> assertThat(java.util.List.of(x.subject(), x.object()))
                .containsExactlyInAnyOrder("rasid:al-shabaab", "rasid:hezbollah"));
        var described = Docs.of("وقال سكان إن قوات مؤيدة للرئيس منصور خاضت اشتباكات مع حزب الله.")
                .entity("منصور", "PERS").build();
        assertThat(relations(described)).isEmpty();
    }

    @Test
    void theHeadsDeputyOrAdviserLeadsNoCountry() {
        var doc = Docs.of("وقال نائب الرئيس الفرنسي جان دوبون إن فرنسا تدعم الحل. وأكد مستشار الرئيس الفرنسي بيير مارتان ذلك.")
                .entity("جان دوبون", "PERS").entity("بيير مارتان", "PERS").build();
        assertThat(relations(doc)).isEmpty();
    }

    @Test
    void aTitleWithItsNameAfterTheBodyBelongsToThatName() {
        var doc = Docs.of("وحضر اللقاء الوزير سامي حداد والمدير العام لمنظمة الصحة العالمية الدكتور كريم نصار.")
                .entity("سامي حداد", "PERS").entity("منظمة الصحة العالمية", "ORG").entity("كريم نصار", "PERS").build();
        assertThat(relations(doc)).singleElement().satisfies(x -> {
            assertThat(x.predicate()).isEqualTo("LEADER_OF");
            assertThat(x.subject()).isEqualTo(personId(doc, "كريم نصار"));
        });
        var led = Docs.of("وأعلن حزب الأمة بزعامة خالد منصور مقاطعة الانتخابات.")
                .entity("حزب الأمة", "ORG").entity("خالد منصور", "PERS").build();
        assertThat(relations(led)).singleElement().satisfies(x -> {
            assertThat(x.predicate()).isEqualTo("LEADER_OF");
            assertThat(x.subject()).isEqualTo(personId(led, "خالد منصور"));
        });
    }

    private static String personId(Document doc, String name) {
        return new ActorsStage().process(doc).get(ExtractLayers.ACTORS).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}
