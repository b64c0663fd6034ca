package org.rasid.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;

/** Name completion, surnames and titles that refer back to a person, on hand-written sentences. */
class NameRulesTest {
    private static Document run(Document doc) {
        return new ActorsStage().process(doc);
    }

    private static Actor named(Document doc, String name) {
        return doc.get(ExtractLayers.ACTORS).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + doc.get(ExtractLayers.ACTORS)));
    }

    private static String at(Document doc, Actor.Mention m) {
        return doc.text().substring(m.start(), m.end());
    }

    @Test
    void anUnknownWordAfterAFirstNameBeforeAnAppositionCompletesTheName() {
        var out = run(Docs.of("وقال المنظمون إن سامي حدادين، المحلل في الشؤون الاقتصادية، حضر اللقاء. ورحب عمر بان، المدير الجديد، بالضيوف.")
                .entity("سامي", "PERS").entity("عمر", "PERS").build());
        assertThat(out.get(Layers.ENTITIES)).extracting(Entity::text).contains("سامي حدادين", "عمر بان");
        assertThat(named(out, "سامي حدادين").type()).isEqualTo("PERS");
    }

    @Test
    void twoNameWordsOpeningASentenceBeforeACommaAndATitleAreAPersonTheTaggerMissed() {
        var out = run(Docs.of("انتهى الاجتماع مساء. سلمى قرداحي، الخبيرة في شؤون الطاقة، قالت إن الأسعار سترتفع.").build());
        assertThat(out.get(Layers.ENTITIES)).extracting(Entity::text).contains("سلمى قرداحي");
        assertThat(named(out, "سلمى قرداحي").type()).isEqualTo("PERS");
    }

    @Test
    void noPersonFromOneWordAMidSentencePhraseOrAPhraseWithoutATitle() {
        var out = run(Docs.of("انتهى الاجتماع. وقال إن شركة قرداحي، الخبيرة في الطاقة، ستربح. سلمى قرداحي، التي وصلت أمس، تحدثت. "
                + "مسؤول، المتحدث باسم الوزارة، رفض.").build());
        assertThat(out.get(Layers.ENTITIES)).isEmpty();
    }

    @Test
    void anUnknownWordStartingTheSentenceBeforeANameThatSpeaksCompletesIt() {
        var out = run(Docs.of("بدأت الجلسة متأخرة. كريستوفر هولمان قال إن الحرب ستطول.").entity("هولمان", "PERS").build());
        assertThat(out.get(Layers.ENTITIES)).extracting(Entity::text).contains("كريستوفر هولمان");
    }

    @Test
    void functionWordsVerbsAndKnownNamesAreNotTakenIntoAName() {
        var out = run(Docs.of("قال سامي إن الأسعار سترتفع. وصل رامي أمس، ثم غادر. زار هادي سوريا، ثم عاد. وأكد فادي، أن العمل مستمر.")
                .entity("سامي", "PERS").entity("رامي", "PERS").entity("هادي", "PERS").entity("فادي", "PERS").build());
        assertThat(out.get(Layers.ENTITIES)).extracting(Entity::text).containsExactly("سامي", "رامي", "هادي", "فادي");
    }

    @Test
    void theSurnameNextToAReportingVerbIsTheSamePerson() {
        var out = run(Docs.of("وصلت ليلى مرعي إلى المؤتمر. وأضافت مرعي أن الحوار مفيد. ثم أكد مرعي موقفه.")
                .entity("ليلى مرعي", "PERS").build());
        var person = named(out, "ليلى مرعي");
        assertThat(person.mentions()).extracting(m -> at(out, m)).containsExactly("ليلى مرعي", "مرعي", "مرعي");
        assertThat(person.aliases()).contains("مرعي");
    }

    @Test
    void aTitleGivenInAnAppositionRefersBackToThePerson() {
        var out = run(Docs.of("كريستوفر هولمان، المستشار البريطاني، قال إن الحرب ستطول. وأشار المستشار البريطاني إلى أن السلام بعيد.")
                .entity("كريستوفر هولمان", "PERS").build());
        var person = named(out, "كريستوفر هولمان");
        assertThat(person.mentions()).extracting(m -> at(out, m)).containsExactly("كريستوفر هولمان", "المستشار البريطاني");
        assertThat(person.aliases()).doesNotContain("المستشار البريطاني");
        assertThat(new ActorIndex(out.get(ExtractLayers.ACTORS)).within(person.mentions().get(1))).isEqualTo(person);
    }

    @Test
    void onlyATitleHeadedByARoleNounRefersBack() {
        var out = run(Docs.of("التقى الوزير جمال بركات، الذي وصل أمس، بالوفد. وقال الذي حضر إن اللقاء مثمر.")
                .entity("جمال بركات", "PERS").build());
        assertThat(named(out, "جمال بركات").mentions()).hasSize(1);
    }

    @Test
    void wordsMadeOfACliticAndAFunctionWordAreNotTakenIntoAName() {
        var out = run(Docs.of("وأكد ياسين بذلك، أن الخطة جاهزة.").entity("ياسين", "PERS").build());
        assertThat(out.get(Layers.ENTITIES)).extracting(Entity::text).containsExactly("ياسين");
    }

    @Test
    void aTitleOrSurnameTwoPersonsShareRefersToNeither() {
        var out = run(Docs.of("سامر يونس، المستشار القانوني، حضر. ونادر يونس، المستشار القانوني، غاب. وقال المستشار القانوني إن القضية معقدة. وأكد يونس ذلك.")
                .entity("سامر يونس", "PERS").entity("نادر يونس", "PERS").build());
        assertThat(out.get(ExtractLayers.ACTORS)).allSatisfy(a -> assertThat(a.mentions()).hasSize(1));
    }
}
