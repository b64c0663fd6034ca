package org.rasid.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;
import org.rasid.text.number.Quantity;

class EventsTest {
    private static List<Event> events(Document doc) {
        return new EventsStage().process(new ActorsStage().process(doc)).get(ExtractLayers.EVENTS);
    }

    @Test
    void attackWithPlaceDateAndCasualtyRanges() {
        var doc = Docs.of("قتل 12 شخصا وأصيب عشرات آخرون في تفجير انتحاري استهدف سوقا في بغداد أمس.")
                .entity("12", "NUMBER", Quantity.exact(12)).entity("عشرات", "NUMBER", Quantity.range(20, 99))
                .entity("أمس", "DATE", "2015-07-30").published("2015-07-31").build();
        var e = events(doc);
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo("ATTACK");
            assertThat(x.cameo()).isEqualTo("18");
            assertThat(x.trigger().text()).isEqualTo("تفجير انتحاري");
            assertThat(x.location()).startsWith("geonames:");
            assertThat(x.date()).isEqualTo("2015-07-30");
            assertThat(x.casualties().killed()).isEqualTo(new Event.Range(12, 12));
            assertThat(x.casualties().injured()).isEqualTo(new Event.Range(20, 99));
            assertThat(x.negated()).isFalse();
            assertThat(x.hypothetical()).isFalse();
        });
    }

    @Test
    void openBoundIsClosedBelowTheNextRoundFigure() {
        var doc = Docs.of("أسفرت الغارات على حلب عن مقتل أكثر من 350 مدنيا.")
                .entity("أكثر من 350", "NUMBER", new Quantity(351L, null, false, null)).build();
        assertThat(events(doc)).singleElement().satisfies(x ->
                assertThat(x.casualties().killed()).isEqualTo(new Event.Range(351, 399)));
    }

    @Test
    void combinedTollGivesNoCount() {
        var doc = Docs.of("خلفت المعارك في درعا عشرات القتلى والجرحى.")
                .entity("عشرات", "NUMBER", Quantity.range(20, 99)).build();
        assertThat(events(doc)).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo("CLASH");
            assertThat(x.casualties()).isNull();
        });
    }

    @Test
    void deniedPlannedAndConditionalEventsAreFlagged() {
        var doc = Docs.of("نفت الحكومة وقوع اشتباكات في المدينة. ويعتزم الوزيران عقد اجتماع في عمان. "
                + "وفي حال انهيار الهدنة ستندلع حرب أهلية.").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).contains("CLASH", "MEETING");
        assertThat(e).filteredOn(x -> x.type().equals("CLASH")).allMatch(x -> x.negated() || x.hypothetical());
        assertThat(e).filteredOn(x -> x.type().equals("MEETING")).allMatch(Event::hypothetical);
    }

    @Test
    void placeAfterWithIsAPartnerNotTheLocation() {
        var doc = Docs.of("بدأت عمليات مشتركة مع تركيا في إدلب.").build();
        assertThat(events(doc)).singleElement().satisfies(x ->
                assertThat(x.location()).isNotEqualTo("iso3166:TR").startsWith("geonames:"));
    }

    @Test
    void restatementOfTheSameEventIsMergedWithItsToll() {
        var doc = Docs.of("وقع هجوم في الموصل. وأسفر الهجوم في الموصل عن مقتل خمسة جنود.")
                .entity("خمسة", "NUMBER", Quantity.exact(5)).build();
        assertThat(events(doc)).singleElement().satisfies(x ->
                assertThat(x.casualties().killed()).isEqualTo(new Event.Range(5, 5)));
    }

    @Test
    void onlyThePhysicalCollapseOfAThingIsADisaster() {
        var doc = Docs.of("أدى انهيار العملة إلى أزمة. وقتل ثلاثة عمال في انهيار مبنى قديم في القاهرة.").build();
        assertThat(events(doc)).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo("DISASTER");
            assertThat(x.trigger().text()).isEqualTo("انهيار مبنى");
        });
    }

    @Test
    void verbalNounOfPurposeIsAnAimNotAHappening() {
        var doc = Docs.of("أرسل الجيش تعزيزات لاستعادة المدينة. وسيطر المسلحون على القرية.").build();
        var e = events(doc);
        assertThat(e).filteredOn(x -> x.trigger().text().equals("لاستعادة")).singleElement()
                .satisfies(x -> assertThat(x.hypothetical()).isTrue());
        assertThat(e).filteredOn(x -> x.trigger().text().equals("وسيطر")).singleElement()
                .satisfies(x -> assertThat(x.hypothetical()).isFalse());
    }

    @Test
    void placeRightBeforeTheTriggerBeatsAFarOneAfterIt() {
        String mosul = events(Docs.of("وقع هجوم في الموصل.").build()).get(0).location();
        var doc = Docs.of("شهدت الموصل هجوما عنيفا استهدف قافلة عسكرية كانت متوجهة نحو المطار الرئيسي في بغداد.").build();
        assertThat(mosul).startsWith("geonames:");
        assertThat(events(doc)).singleElement().satisfies(x -> assertThat(x.location()).isEqualTo(mosul));
    }

    @Test
    void stormingIsAnAttackAndSkirmishesAClash() {
        var doc = Docs.of("اقتحم مسلحون مركزا للشرطة في الموصل. ووقعت مناوشات بين الطرفين.").build();
        assertThat(events(doc)).extracting(Event::type).containsExactly("ATTACK", "CLASH");
    }

    @Test
    void countryActingOutsideALocativePhraseIsAnActor() {
        var doc = Docs.of("هاجمت تركيا مواقع في العراق.").build();
        assertThat(events(doc)).singleElement().satisfies(x ->
                assertThat(x.actors()).contains("iso3166:TR").doesNotContain("iso3166:IQ"));
    }
}
