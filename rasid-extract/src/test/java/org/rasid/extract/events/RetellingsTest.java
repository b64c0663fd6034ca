package org.rasid.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

/** One happening told several times in a document is one event; two happenings stay two. */
class RetellingsTest {
    private static List<Event> attacks(Document doc) {
        return new EventsStage().process(new ActorsStage().process(doc)).get(ExtractLayers.EVENTS).stream()
                .filter(e -> e.type().equals("ATTACK") && !e.hypothetical() && !e.negated()).toList();
    }

    @Test
    void aBackReferencePlacedInTheTownOfTheFirstTellingIsMergedAndPlacesIt() {
        var doc = Docs.of("أصيب عشرة جنود في انفجار عبوة ناسفة بمدينة النخيل. "
                + "وذكرت المصادر أن الانفجار وقع بمنطقة الوادي الأخضر في النخيل.")
                .entity("النخيل", "LOC").entity("الوادي الأخضر", "LOC").build();
        assertThat(attacks(doc)).singleElement().satisfies(e -> {
            assertThat(e.trigger().text()).isEqualTo("انفجار");
            assertThat(e.location()).isNotNull();
            assertThat(doc.text().substring(e.sentence().start(), e.sentence().end())).startsWith("أصيب");
        });
        var placed = attacks(doc).get(0).location();
        var second = attacks(Docs.of("وقع الانفجار بمنطقة الوادي الأخضر.").entity("الوادي الأخضر", "LOC").build());
        assertThat(placed).isEqualTo(second.get(0).location());
    }

    @Test
    void theSameTriggerWordAtACountryAndThenAtItsTownIsOneAmbush() {
        var doc = Docs.of("قتل جنديان في كمين في مالي. وقالت الحكومة إن القوة وقعت في كمين قرب بلدة النخيل.")
                .entity("النخيل", "LOC").build();
        assertThat(attacks(doc)).singleElement();
    }

    @Test
    void aRetellingDatedOnlyByTheDayItWasReportedIsStillTheSameFight() {
        var doc = Docs.of("قال مسعفون أمس إن خمسة أشخاص قتلوا خلال هجوم في شرق ليبيا. واندلع الهجوم أول من أمس في بلدة النخيل.")
                .entity("النخيل", "LOC").entity("أمس", "DATE", "2015-08-02").entity("أول من أمس", "DATE", "2015-08-01")
                .build();
        assertThat(attacks(doc)).singleElement();
    }

    @Test
    void twoStrikesInTwoTownsStayTwo() {
        var doc = Docs.of("قصفت الطائرات مواقع في بلدة النخيل. وقصفت الطائرات مخزنا للسلاح في بلدة الرمان.")
                .entity("النخيل", "LOC").entity("الرمان", "LOC").build();
        assertThat(attacks(doc)).hasSize(2);
    }

    @Test
    void anotherSimilarOrSeparateAttackIsNotARetelling() {
        var doc = Docs.of("قتل ثلاثة في هجوم على سوق في بلدة النخيل. ووقع هجوم مماثل قبل شهر في البلدة نفسها. "
                + "وفي حادثة منفصلة قتل جندي في هجوم على حاجز.").entity("النخيل", "LOC").build();
        assertThat(attacks(doc)).hasSize(3);
    }

    @Test
    void aPastAttackRecalledWithItsOwnDateIsAnotherOne() {
        var doc = Docs.of("قتل عشرة في هجوم على سوق النخيل اليوم. وكان الهجوم السابق على السوق قد وقع في مارس 2014.")
                .entity("النخيل", "LOC").entity("اليوم", "DATE", "2015-08-02").entity("مارس 2014", "DATE", "2014-03")
                .build();
        assertThat(attacks(doc)).hasSize(2);
    }

    @Test
    void aSeriesOfAttacksIsNotRetoldByOneOfThem() {
        var doc = Docs.of("وتشهد المنطقة هجمات للمسلحين منذ عامين. وأصيب خمسة جنود في انفجار عبوة على الطريق.").build();
        assertThat(attacks(doc)).hasSize(2);
    }

    @Test
    void twoArrestsOfDifferentCountsStayTwo() {
        var doc = Docs.of("اعتقلت الشرطة 16 شخصا في بلدة النخيل. واعتقلت الشرطة 13 شخصا في بلدة النخيل.")
                .entity("النخيل", "LOC").build();
        var arrests = new EventsStage().process(new ActorsStage().process(doc)).get(ExtractLayers.EVENTS).stream()
                .filter(e -> e.type().equals("ARREST")).toList();
        assertThat(arrests).hasSize(2);
    }

    @Test
    void aRetellingPlacedInTheCountryOfTheFirstTellingsTownIsMergedAndKeepsTheTown() {
        var doc = Docs.of("هاجم مسلحون سوقا في صنعاء أمس. وأسفر الهجوم في اليمن عن مقتل عشرة.").build();
        assertThat(attacks(doc)).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("geonames:71137"));
        var abroad = Docs.of("هاجم مسلحون سوقا في صنعاء أمس. وأسفر الهجوم في العراق عن مقتل عشرة.").build();
        assertThat(attacks(abroad)).hasSize(2);
    }
}
