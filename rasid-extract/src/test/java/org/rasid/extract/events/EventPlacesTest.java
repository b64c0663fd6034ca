package org.rasid.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

/** Which of the places a sentence names is where its event happened, on hand-written sentences. */
class EventPlacesTest {
    /** The events of the document, each as its type and the name of its place. */
    private static List<String> placed(Document doc) {
        Document done = new EventsStage().process(new ActorsStage().process(doc));
        Map<String, String> names = new HashMap<>();
        done.get(ExtractLayers.ACTORS).forEach(a -> names.put(a.id(), a.name()));
        return done.get(ExtractLayers.EVENTS).stream().map(e -> e.type() + "@" + names.get(e.location())).toList();
    }

    @Test
    void aPlaceReachedAfterAPlaceNounIsADestination() {
        var doc = Docs.of("وفي محافظة الجوف، شنت الطائرات أربع غارات امتدت إلى منطقة الوادي غرب المدينة.")
                .entity("الجوف", "LOC").entity("الوادي", "LOC").build();
        assertThat(placed(doc)).containsExactly("ATTACK@الجوف");
    }

    @Test
    void wherePersonIsPostedOrABodySitsIsNotWhereItHappened() {
        var envoy = Docs.of("قال السفير اليمني في القاهرة إن الطائرات قصفت مواقع للمسلحين.").entity("القاهرة", "LOC").build();
        assertThat(placed(envoy)).containsExactly("ATTACK@null");
        var seat = Docs.of("واتهمت الشركة التي يوجد مقرها في دبي المسلحين بأنهم هاجموا ناقلة.").entity("دبي", "LOC").build();
        assertThat(placed(seat)).containsExactly("ATTACK@null");
    }

    @Test
    void aProvinceWrittenAfterItsTownOnlySaysWhereTheTownLies() {
        var doc = Docs.of("وفي قرية العين بمحافظة الوادي، اعتقلت الشرطة ثلاثة مطلوبين. "
                + "وطرد المقاتلون المسلحين من مدينة \"الزهراء\" في محافظة الساحل، وأسروا عددا منهم. "
                + "وقتل جنديان في هجوم على حاجز في بلدة الشجرة التابعة لمحافظة الساحل.")
                .entity("الوادي", "LOC").entity("الساحل", "LOC").build();
        assertThat(placed(doc)).contains("ARREST@العين", "ARREST@الزهراء", "ATTACK@الشجرة");
        var fused = Docs.of("وفي بلدة النخلة بالساحل، قتل جنديان في هجوم على حاجز.").entity("الساحل", "LOC").build();
        assertThat(placed(fused)).containsExactly("ATTACK@النخلة");
    }

    @Test
    void aPlaceAfterACountryGroupOrAListIsNoRegion() {
        var doc = Docs.of("قصفت الطائرات مواقع في مدينة الزهراء وفي محافظة الساحل. "
                + "وعقد وزراء خارجية دول الخليج العربية في الرياض اجتماعا أمس.")
                .entity("الزهراء", "LOC").entity("الساحل", "LOC").entity("الخليج العربية", "LOC").entity("الرياض", "LOC")
                .build();
        assertThat(placed(doc)).containsExactly("ATTACK@الزهراء", "MEETING@الرياض");
    }

    @Test
    void aBareBaseAfterANamedBaseIsThatBaseNotAlQaeda() {
        var doc = Docs.of("سيطرت القوات الحكومية على قاعدة «الصخرة» الجوية أمس. "
                + "وقال قائد الحملة إن جنوده يمشطون القاعدة بحثا عن مسلحين. "
                + "وكان عناصر تنظيم القاعدة قد هاجموا مدينة الوادي الأسبوع الماضي.")
                .entity("الصخرة", "ORG").build();
        Document done = new ActorsStage().process(doc);
        var byId = new HashMap<String, List<String>>();
        done.get(ExtractLayers.ACTORS).forEach(a -> byId.put(a.id(), a.mentions().stream()
                .map(m -> doc.text().substring(m.start(), m.end())).toList()));
        assertThat(byId.get("rasid:al-qaeda")).containsExactly("تنظيم القاعدة");
        assertThat(byId.values()).anySatisfy(m -> assertThat(m).containsExactly("الصخرة", "القاعدة"));
        assertThat(placed(doc)).contains("MILITARY_OPERATION@الصخرة", "ATTACK@الوادي");
    }

    @Test
    void aBareBaseWithAnAdjectiveNamesNoOrganisation() {
        var doc = Docs.of("وقالت الوزارة إن الطائرات أقلعت من القاعدة الجوية قبل الفجر.").build();
        assertThat(new ActorsStage().process(doc).get(ExtractLayers.ACTORS)).noneMatch(a -> a.id().equals("rasid:al-qaeda"));
    }

    @Test
    void aPlaceTheTextLocatesInAnotherIsAPlaceWithoutASettlementNoun() {
        var doc = Docs.of("واعتقلت الشرطة خمسة مطلوبين في كفرنجة التابعة لمحافظة الساحل. "
                + "وانتشرت القوات في المناطق الواقعة شمال المدينة، وفي أرض الواقع لم يتغير شيء.").entity("الساحل", "LOC").build();
        assertThat(placed(doc)).containsExactly("ARREST@كفرنجة");
        var two = Docs.of("وقصفت الطائرات مخازن للسلاح في وادي الريم الواقعة بين البلدتين.").build();
        assertThat(placed(two)).containsExactly("ATTACK@وادي الريم");
    }

    @Test
    void aMeetingWithNoPlaceOfItsOwnIsHeldWhereTheVisitWent() {
        var arrived = Docs.of("وصل وزير الخارجية الإيراني إلى الكويت أمس في جولة. واجتمع كريم ناصر بالشيخ سالم فهد.")
                .entity("الكويت", "LOC").entity("كريم ناصر", "PERS").entity("سالم فهد", "PERS").build();
        assertThat(placed(arrived)).containsExactly("MEETING@الكويت");
        var during = Docs.of("وسلم كريم ناصر في أثناء زيارة إلى طهران الرئيس سالم فهد رسالة.")
                .entity("طهران", "LOC").entity("كريم ناصر", "PERS").entity("سالم فهد", "PERS").build();
        assertThat(placed(during)).containsExactly("MEETING@طهران");
    }

    @Test
    void aPlannedVisitPlacesNoMeeting() {
        var invited = Docs.of("وتلقى كريم ناصر دعوة لزيارة باريس. والتقى كريم ناصر الرئيس سالم فهد أمس.")
                .entity("باريس", "LOC").entity("كريم ناصر", "PERS").entity("سالم فهد", "PERS").build();
        assertThat(placed(invited)).endsWith("MEETING@null");
        var coming = Docs.of("وسيصل كريم ناصر إلى باريس غدا. والتقى كريم ناصر الرئيس سالم فهد أمس.")
                .entity("باريس", "LOC").entity("كريم ناصر", "PERS").entity("سالم فهد", "PERS").build();
        assertThat(placed(coming)).endsWith("MEETING@null");
    }

    @Test
    void anUnplacedEventIsWhereItsParagraphNamedAPlaceLastNotAtTheDateline() {
        var doc = Docs.of("الرياض - وكالات. وتقع القرية في ريف حلب قرب الحدود. وقصفت الطائرات مواقع للمسلحين أمس.")
                .entity("الرياض", "LOC").entity("حلب", "LOC").build();
        assertThat(placed(doc)).containsExactly("ATTACK@حلب");
    }

    @Test
    void aHouseOfWorshipOrAHotelIsAPlaceWhateverTheEntityLayerTypedIt() {
        var mosque = Docs.of("ورشق شبان ملثمون الحجارة على الشرطة داخل المسجد الكبير صباح أمس.")
                .entity("المسجد الكبير", "MISC").build();
        assertThat(placed(mosque)).containsExactly("ATTACK@المسجد الكبير");
        var named = Docs.of("وتظاهر مئات المصلين أمس في مسجد سالم بن حمدان.").entity("سالم بن حمدان", "PERS").build();
        assertThat(placed(named)).containsExactly("PROTEST@سالم بن حمدان");
        var hotel = Docs.of("واقتحم مسلحون مجهولون فندق النخيل الكبير فجر اليوم.").entity("النخيل الكبير", "ORG").build();
        assertThat(placed(hotel)).containsExactly("ATTACK@النخيل الكبير");
    }

    @Test
    void aHouseOfWorshipNamedAfterABodyOrByAnUnknownNameIsThePlaceNotItsRegion() {
        var body = Docs.of("وأدان الوزير التفجير الذي استهدف مسجد قوات الحرس الوطني بمنطقة الساحل أمس.")
                .entity("الساحل", "LOC").build();
        assertThat(placed(body)).containsExactly("ATTACK@مسجد قوات الحرس الوطني");
        var church = Docs.of("وأحرق متطرفون كنيسة النخيلة قرب بلدة الوادي الشهر الماضي.").entity("الوادي", "LOC").build();
        assertThat(placed(church)).containsExactly("ATTACK@النخيلة");
        var title = Docs.of("وقتل ثلاثة في تفجير استهدف جامع الملك سالم أمس.").build();
        assertThat(placed(title)).containsExactly("ATTACK@الملك سالم");
    }

    @Test
    void aMeetingHeldInATownIsPlacedThere() {
        var doc = Docs.of("وطرح المدير اقتراحه خلال الاجتماع السنوي لرؤساء أجهزة الأمن الذي عقد في مدينة ياروسلافل الروسية.")
                .entity("ياروسلافل", "LOC").build();
        assertThat(placed(doc)).containsExactly("MEETING@ياروسلافل");
    }

    @Test
    void aCountryIsNarrowedToItsTownNamedAfterItButNotToATownNamedBefore() {
        var home = Docs.of("واعتقلت الشرطة صحفيا يعمل في إيران منذ عامين في منزله في طهران.").build();
        assertThat(placed(home)).containsExactly("ARREST@طهران");
        var announced = Docs.of("وقال مسؤول في فيينا إن الشرطة اعتقلت عشرة أشخاص في النمسا.").build();
        assertThat(placed(announced)).containsExactly("ARREST@النمسا");
        var abroad = Docs.of("واعتقلت الشرطة صحفيا يعمل في إيران منذ عامين في منزله في بغداد.").build();
        assertThat(placed(abroad)).containsExactly("ARREST@إيران");
    }

    @Test
    void anEventInTheCountryIsInTheCountryOfThePlaceToldBefore() {
        var doc = Docs.of("وتعيش باكستان أزمة سياسية. ووصل الرئيس إلى مدينة لاهور أمس. ونظمت الشرطة مظاهرات في البلاد احتجاجا.")
                .build();
        assertThat(placed(doc)).containsExactly("PROTEST@باكستان");
    }

    @Test
    void aBuildingNamedAsABodyIsWhereWhatHappenedInOrAtItHappened() {
        var seized = Docs.of("وسيطر المسلحون على جامعة الوادي الواقعة في مدينة الساحل قبل عام.")
                .entity("جامعة الوادي", "ORG").entity("الساحل", "LOC").build();
        assertThat(placed(seized)).containsExactly("TAKEOVER@جامعة الوادي");
        var inside = Docs.of("وقتل ثلاثة حراس في هجوم داخل مستشفى النخيل بمدينة الساحل فجر أمس.")
                .entity("مستشفى النخيل", "ORG").entity("الساحل", "LOC").build();
        assertThat(placed(inside)).containsExactly("ATTACK@مستشفى النخيل");
    }

    @Test
    void aBuildingNamedAsABodyIsNoPlaceOfTalksOrProtestsNorALeagueOfStates() {
        var signed = Docs.of("ووقعت جامعة الوادي اتفاقية تعاون مع وزارة الصحة في الساحل أمس.")
                .entity("جامعة الوادي", "ORG").entity("وزارة الصحة", "ORG").entity("الساحل", "LOC").build();
        assertThat(placed(signed)).containsExactly("AGREEMENT@الساحل");
        var post = Docs.of("وتحدث في المظاهرة أستاذ في جامعة الوادي وأكد رفضه للقرار.")
                .entity("جامعة الوادي", "ORG").build();
        assertThat(placed(post)).containsExactly("PROTEST@null");
        var league = Docs.of("وقتل حارس في هجوم على مقر جامعة الدول العربية في الساحل أمس.")
                .entity("جامعة الدول العربية", "ORG").entity("الساحل", "LOC").build();
        assertThat(placed(league)).containsExactly("ATTACK@الساحل");
    }
}
