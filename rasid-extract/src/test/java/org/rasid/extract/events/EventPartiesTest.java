package org.rasid.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorsStage;
import org.rasid.extract.quotes.QuotesStage;

/** Who did an event and to whom: the parties its sentence names near the trigger, read at the nearest mention. */
class EventPartiesTest {
    private static Document analysed(Document doc) {
        return new EventsStage().process(new QuotesStage().process(new ActorsStage().process(doc)));
    }

    private static Event only(Document doc, String type) {
        var events = doc.get(ExtractLayers.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String id(Document doc, String name) {
        return doc.get(ExtractLayers.ACTORS).stream().filter(a -> a.aliases().contains(name)).map(Actor::id)
                .findFirst().orElseThrow(() -> new AssertionError("no actor " + name));
    }

    @Test
    void aCountryThatActsElsewhereIsOnlyThePlaceWhereInNamesIt() {
        var doc = analysed(Docs.of("وأعلنت تركيا أنها ستشدد الرقابة على حدودها. "
                + "وقتل سبعة أشخاص عندما هاجم مسلحون مجهولون سوقا شعبيا في جنوب تركيا.").build());
        var attack = only(doc, "ATTACK");
        assertThat(attack.actors()).doesNotContain(id(doc, "تركيا")).contains(id(doc, "مسلحون مجهولون"));
    }

    @Test
    void aCountryNamedAsSubjectInTheClauseStillActs() {
        var doc = analysed(Docs.of("ووافقت تركيا على الاتفاق مع الولايات المتحدة في أنقرة.").entity("أنقرة", "LOC").build());
        assertThat(only(doc, "AGREEMENT").actors()).contains(id(doc, "تركيا"));
    }

    @Test
    void whoActsIsReadAtTheMentionNearestTheTrigger() {
        // قوات الأمن is the subject of the arrest, though named again after ضد at the end of the sentence
        var doc = analysed(Docs.of("وقالت الوزارة إن قوات الأمن اعتقلت عشرين شخصا كانوا يعدون منذ أشهر لهجمات مسلحة "
                + "ضد المدنيين وقوات الأمن في العاصمة.").build());
        var arrest = only(doc, "ARREST");
        assertThat(arrest.actors()).contains(id(doc, "قوات الأمن"));
        assertThat(arrest.targets()).doesNotContain(id(doc, "قوات الأمن"));
    }

    @Test
    void aMentionInAnotherSentenceIsNotNearTheTrigger() {
        // the army is named in the sentence, but far from the trigger; its mention in the sentence before does not count
        var doc = analysed(Docs.of("وصل قائد الجيش البوروندي إلى المدينة. "
                + "واندلعت اشتباكات عنيفة قرب السوق المركزي للمدينة صباح اليوم بين عصابتين من تجار السلاح والمهربين "
                + "بعد ساعات من وصول قائد الجيش البوروندي.").build());
        var clash = only(doc, "CLASH");
        assertThat(clash.actors()).doesNotContain(id(doc, "الجيش البوروندي"));
    }

    @Test
    void afterAVerbThatCarriesItsSubjectANameIsWhomTheyActedOn() {
        var doc = analysed(Docs.of("وأضافت المصادر أن المقاتلين دخلوا البلدة فجرا وأسروا عناصر الحوثيين.").build());
        var arrest = only(doc, "ARREST");
        assertThat(arrest.targets()).contains(id(doc, "الحوثيين"));
        assertThat(arrest.actors()).doesNotContain(id(doc, "الحوثيين"));
    }

    @Test
    void theOutletAnEventIsToldToIsNoParty() {
        var doc = analysed(Docs.of("وقال ضابط لوكالة فرانس برس إن مسلحين مجهولين هاجموا حاجزا للجيش. "
                + "ونقلت وكالة رويترز أن مسلحون هاجموا قافلة عسكرية.").build());
        var afp = id(doc, "فرانس برس");
        var reuters = id(doc, "رويترز");
        assertThat(doc.get(ExtractLayers.EVENTS)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actors()).doesNotContain(afp, reuters));
    }

    @Test
    void aBodyInTheSpeakersTitleIsNoPartyToWhatHeTells() {
        var doc = analysed(Docs.of("وقال المتحدث باسم الأمم المتحدة جون سميث إن مسلحون هاجموا قافلة المساعدات.")
                .entity("جون سميث", "PERS").build());
        var attack = only(doc, "ATTACK");
        assertThat(attack.actors()).doesNotContain(id(doc, "الأمم المتحدة")).contains(id(doc, "مسلحون"));
    }

    @Test
    void aNameAfterASettlementNounIsAPlaceNotAParty() {
        // the entity layer read the town as a person; after بلدية it is still only a place
        var doc = analysed(Docs.of("وقتل ثلاثة أشخاص عندما هاجم مسلحون حافلة تقل موظفي بلدية كرم صالح.")
                .entity("كرم صالح", "PERS").build());
        assertThat(only(doc, "ATTACK").actors()).doesNotContain(id(doc, "كرم صالح")).contains(id(doc, "مسلحون"));
    }

    @Test
    void theCountryWhereSomeoneIsPostedIsNoParty() {
        var doc = analysed(Docs.of("وأصيب السفير الإيطالي في سلطنة عمان بجروح طفيفة عندما هاجم مسلحون مجهولون موكبه.").build());
        var attack = only(doc, "ATTACK");
        assertThat(attack.actors()).contains(id(doc, "مسلحون مجهولون")).doesNotContain(id(doc, "عمان"));
        assertThat(attack.targets()).doesNotContain(id(doc, "عمان"));
    }

    @Test
    void aCountryAfterInAndACountryNounIsWhereNotWho() {
        var doc = analysed(Docs.of("وقتل ثلاثة أشخاص عندما هاجم مسلحون مجهولون حافلة في جمهورية مصر أمس.").build());
        var attack = only(doc, "ATTACK");
        assertThat(attack.actors()).contains(id(doc, "مسلحون مجهولون")).doesNotContain(id(doc, "مصر"));
        assertThat(attack.targets()).doesNotContain(id(doc, "مصر"));
    }

    @Test
    void aTargetingVerbThatOpensItsClauseHasItsSubjectRightAfterIt() {
        var opening = analysed(Docs.of("وقال المصدر ذلك. كما استهدفت طائرات التحالف العربي مخازن للسلاح قرب المدينة.").build());
        var attack = only(opening, "ATTACK");
        assertThat(attack.actors()).contains(id(opening, "التحالف العربي"));
        assertThat(attack.targets()).doesNotContain(id(opening, "التحالف العربي"));
        // after its subject the verb does not open the clause: the name after it is whom it targeted
        var object = analysed(Docs.of("وقالت المصادر إن الطائرات استهدفت التحالف العربي قرب المدينة.").build());
        assertThat(only(object, "ATTACK").targets()).contains(id(object, "التحالف العربي"));
    }

    @Test
    void godNamedInAPiousPhraseIsNoParty() {
        var doc = analysed(Docs.of("وقال إن ما حدث من تفجير في بيت من بيوت الله عمل إرهابي.").entity("الله", "MISC").build());
        assertThat(only(doc, "ATTACK").actors()).isEmpty();
    }

    @Test
    void anHonorificChainDoesNotPutTheNameOutOfReach() {
        var doc = analysed(Docs.of("استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي، الأمير محمد بن نايف في القصر أمس "
                + "الأمراء وكبار المسؤولين.").entity("محمد بن نايف", "PERS").build());
        assertThat(only(doc, "MEETING").actors()).containsExactly(id(doc, "محمد بن نايف"));
    }

    @Test
    void aCountryJoinedToAPlaceSharesItsPreposition() {
        var doc = analysed(Docs.of("وقتل سبعة أشخاص عندما هاجم مسلحون مجهولون أسواقا في العراق وسوريا.").build());
        var attack = only(doc, "ATTACK");
        assertThat(attack.actors()).doesNotContain(id(doc, "سوريا"), id(doc, "العراق")).contains(id(doc, "مسلحون مجهولون"));
    }

    @Test
    void theCountryOfTheTownWhereItHappenedIsNoPartyButAHostOfTalksIs() {
        var doc = analysed(Docs.of("وتواجه كينيا التطرف منذ أن فجر مسلحون السفارة الأمريكية في نيروبي.").build());
        var attack = only(doc, "ATTACK");
        assertThat(attack.actors()).doesNotContain(id(doc, "كينيا")).contains(id(doc, "مسلحون"));
        var talks = analysed(Docs.of("وأجرت فرنسا محادثات مع وفد المعارضة في باريس.").build());
        assertThat(only(talks, "MEETING").actors()).contains(id(talks, "فرنسا"));
    }
}
