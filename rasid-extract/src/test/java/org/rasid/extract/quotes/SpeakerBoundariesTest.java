package org.rasid.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

/** Where the speaker's words end and which cues speak at all: the error classes of the dev-mix quote analysis. */
class SpeakerBoundariesTest {
    private static List<Quote> quotes(Document doc) {
        return new QuotesStage().process(new ActorsStage().process(doc)).get(ExtractLayers.QUOTES);
    }

    @Test
    void aReporterAfterLamIsTheMediumAndAlsoEndsTheName() {
        var q = quotes(Docs.of("وقال السكان لمراسل صحيفة الشروق إن الانفجار وقع فجرا. "
                + "وقال وزير الداخلية سامي الحلبي أيضا «سنلاحق الجناة».").entity("سامي الحلبي", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("السكان", "سامي الحلبي");
        assertThat(q.get(0).medium()).isEqualTo("مراسل صحيفة الشروق");
        assertThat(q.get(1).content()).isEqualTo("سنلاحق الجناة");
    }

    @Test
    void aRelativeClauseAfterTheTitleIsNotTheSpeaker() {
        var q = quotes(Docs.of("وقال مسؤول أمني في المدينة إن القوات وصلت. "
                + "وقال المسؤول الذي طلب عدم نشر اسمه «احترقت سيارتان».").build());
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speakerText()).isEqualTo("المسؤول");
        assertThat(q.get(1).content()).isEqualTo("احترقت سيارتان");
    }

    @Test
    void aSourceCitedAtTheStartOfTheContentIsPartOfIt() {
        var q = quotes(Docs.of("وقال قائد الشرطة حسن: بحسب المعلومات التي وصلتنا فإن المهاجم فر. مضيفا أن التحقيق بدأ.")
                .entity("حسن", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "مضيفا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("حسن");
        assertThat(q.get(0).content()).startsWith("بحسب المعلومات");
    }

    @Test
    void aQuotedSourceAndAPluralParticipleSpeak() {
        var q = quotes(Docs.of("وبحسب «الأناضول»، فإن الحصار مستمر. "
                + "ويقول خبراء إن الأسعار ستنخفض، متوقعين أن يتم ذلك ببطء.").entity("الأناضول", "ORG").build());
        assertThat(q).extracting(Quote::verb).containsExactly("بحسب", "يقول", "متوقعين");
        assertThat(q.get(0).speakerText()).isEqualTo("الأناضول");
        assertThat(q.get(0).content()).isEqualTo("الحصار مستمر");
        assertThat(q.get(2).speakerText()).isEqualTo("خبراء");
    }

    @Test
    void aShareOfAPollIsNobodysWords() {
        assertThat(quotes(Docs.of("وفي الاستطلاع أعرب 52% منهم عن تأييدهم للقرار، وأعرب 30 في المائة عن رفضهم.")
                .build())).isEmpty();
    }

    @Test
    void aNounObjectAfterTheDayOfTheAct() {
        var doc = Docs.of("أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في الجنوب.").entity("وزارة الصحة", "ORG").build();
        var q = quotes(doc);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).content()).startsWith("افتتاح ثلاثة مستشفيات");
    }

    @Test
    void lettersInPresentationFormsStillReport() {
        var q = quotes(Docs.of("وأغلقت الشرطة الجسر. من جانبه، ﻗﺎﻝ ﻣﺼﺪﺭ ﻋﺴﻜﺮﻱ إﻥ الطريق سيفتح غدا.").build());
        assertThat(q).hasSize(1);
        assertThat(q.get(0).content()).startsWith("الطريق سيفتح");
        assertThat(q.get(0).speakerText()).isEqualTo("ﻣﺼﺪﺭ ﻋﺴﻜﺮﻱ");
    }

    @Test
    void whomACallVerbCallsOnIsNotTheSpeaker() {
        var q = quotes(Docs.of("وقالت وزيرة الخارجية ليلى حسن إن المحادثات كانت مثمرة. ودعت دمشق إلى الإفراج عن المعتقلين. "
                + "وأضافت أن الحوار سيستمر. وقال مدير الشركة سعيد ناصر إن الأسعار ثابتة. ودعا جميع العملاء إلى مراجعة الفروع.")
                .entity("ليلى حسن", "PERS").entity("دمشق", "LOC").entity("سعيد ناصر", "PERS").build());
        assertThat(q).extracting(Quote::speakerText)
                .containsExactly("ليلى حسن", "ليلى حسن", "ليلى حسن", "سعيد ناصر", "سعيد ناصر");
        assertThat(q.get(1).content()).startsWith("دمشق إلى الإفراج");
        assertThat(q.get(4).content()).startsWith("جميع العملاء إلى");
    }

    @Test
    void aContinuationGoesBackToTheMainClauseNotToAConcession() {
        var q = quotes(Docs.of("وقال الوزير خالد عمر إن المعارضين يبالغون مع أن بعضهم قال إن الأزمة ستنتهي قريبا. "
                + "وتابع قائلا «لن نتراجع عن الخطة».").entity("خالد عمر", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).first().isEqualTo("خالد عمر");
        assertThat(q).filteredOn(x -> x.content().startsWith("الأزمة")).extracting(Quote::speakerText).containsExactly("بعضهم");
        assertThat(q.get(q.size() - 1).content()).isEqualTo("لن نتراجع عن الخطة");
        assertThat(q.get(q.size() - 1).speakerText()).isEqualTo("خالد عمر");
    }

    @Test
    void aDemonstrativeSourceRefersBackToTheSourceNamedBefore() {
        var q = quotes(Docs.of("وقالت مصادر دبلوماسية في العاصمة إن المفاوضات توقفت. وبحسب هذه المصادر، فإن الوفد سيغادر غدا. "
                + "وبحسب هؤلاء، فإن الجولة المقبلة لم تحدد بعد.").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قالت", "بحسب", "بحسب");
        assertThat(q).extracting(Quote::speakerText).containsOnly("مصادر دبلوماسية");
        assertThat(q.get(2).content()).startsWith("الجولة المقبلة");
    }

    @Test
    void aBareDemonstrativeSourceIsTheGroupOfTheSentenceBefore() {
        var q = quotes(Docs.of("وقال الوزير سامي عادل إن العجز تراجع. وتتوقع فئة من المحللين تباطؤ النمو، بينما يخشى محللون تراجعا. "
                + "وبحسب هؤلاء، فإن الإنفاق سينخفض.").entity("سامي عادل", "PERS").build());
        var last = q.get(q.size() - 1);
        assertThat(last.verb()).isEqualTo("بحسب");
        assertThat(last.speakerText()).isEqualTo("محللون");
        assertThat(last.content()).startsWith("الإنفاق سينخفض");
    }

    @Test
    void anEventNounRightAfterTheVerbIsItsObjectWithTheSubjectDropped() {
        var q = quotes(Docs.of("وقالت وزارة الدفاع إن الهجوم فشل. وأكدت قتل أربعة مسلحين قرب الحدود.")
                .entity("وزارة الدفاع", "ORG").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("وزارة الدفاع", "وزارة الدفاع");
        assertThat(q.get(1).content()).startsWith("قتل أربعة مسلحين");
    }

    @Test
    void aNameThatReadsAsAComplementizerStillNamesTheSpeaker() {
        var q = quotes(Docs.of("وطالب المبعوث الدولي بان لي سونغ بوقف القتال، قائلا إن الحل سياسي.")
                .entity("بان لي سونغ", "PERS").build());
        assertThat(q.get(0).speakerText()).isEqualTo("بان لي سونغ");
        assertThat(q.get(q.size() - 1).speakerText()).isEqualTo("بان لي سونغ");
        assertThat(q.get(q.size() - 1).content()).startsWith("الحل سياسي");
    }

    @Test
    void aTitleAndASurnameNotTaggedThereNameThePersonNamedBefore() {
        var q = quotes(Docs.of("والتقى الرئيس كمال الحداد وفدا تجاريا. وأضاف السفير: الرئيس الحداد قال بصراحة إن البلدين شريكان.")
                .entity("كمال الحداد", "PERS").entity("الرئيس الحداد", "ROLE").build());
        var said = q.stream().filter(x -> x.content().startsWith("البلدين")).findFirst().orElseThrow();
        assertThat(said.speakerText()).isEqualTo("كمال الحداد");
        assertThat(said.role()).isEqualTo("الرئيس");
    }

    @Test
    void aDroppedSubjectBeforeAnyoneSpokeIsTheSubjectOfItsSentenceOrOfTheOneBefore() {
        var inSentence = quotes(Docs.of("طمأن سامي عادل قائد الفريق الجماهير إلى رضاه، وقال: «البرنامج يسير بشكل جيد».")
                .entity("سامي عادل", "PERS").build());
        assertThat(inSentence).extracting(Quote::speakerText).containsExactly("سامي عادل");
        var before = quotes(Docs.of("وصف الوزير كمال الحداد الزيارة بالتاريخية. وقال إن العلاقات متينة.")
                .entity("كمال الحداد", "PERS").build());
        assertThat(before).extracting(Quote::speakerText).containsExactly("كمال الحداد");
        var partner = quotes(Docs.of("التقى الوفد مع كمال الحداد أمس. وقال إن العلاقات متينة.")
                .entity("كمال الحداد", "PERS").build());
        assertThat(partner).extracting(Quote::speakerText).containsOnlyNulls();
    }

    @Test
    void aNounOfNecessityAfterTheNameOpensTheContent() {
        var q = quotes(Docs.of("وأكد كمال الحداد ضرورة أن تلتزم الأطراف بالهدنة.").entity("كمال الحداد", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("كمال الحداد");
        assertThat(q.get(0).content()).contains("تلتزم الأطراف بالهدنة");
    }

    @Test
    void theNewspaperWithTheArticleOpensTheMediumAfterATitleOrASource() {
        var q = quotes(Docs.of("وقال مسؤول في وزارة النقل للصحيفة إن الطريق سيفتح. وأكد المصدر للصحيفة أن العمل بدأ.").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("مسؤول في وزارة النقل", "مسؤول في وزارة النقل");
        assertThat(q).extracting(Quote::medium).containsExactly("الصحيفة", "الصحيفة");
    }

    @Test
    void anAdverbOfTimeAfterTheVerbIsNotTheSpeaker() {
        var q = quotes(Docs.of("يذكر أن سامي عادل كان صرح مؤخرا بأنه يؤيد الاتفاق.").entity("سامي عادل", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("سامي عادل");
    }

    @Test
    void theOutletASourceSpokeToIsTheMediumOfTheAttribution() {
        var q = quotes(Docs.of("وحسب مصادر لـ«الشروق»، فإن الاجتماع بحث تثبيت الأمن. "
                + "وبحسب حصيلة لوكالة الأنباء الرسمية، قتل خمسة أشخاص.").build());
        assertThat(q.get(0).speakerText()).isEqualTo("مصادر");
        assertThat(q.get(0).medium()).isEqualTo("الشروق");
        assertThat(q.get(0).content()).startsWith("الاجتماع بحث");
        assertThat(q).extracting(Quote::medium).doesNotContain("وكالة الأنباء الرسمية"); // the tally's author, not a medium
    }
}
