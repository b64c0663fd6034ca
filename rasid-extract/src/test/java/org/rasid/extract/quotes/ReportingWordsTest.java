package org.rasid.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

/** Reporting words and the phrases between a verb and its content: channels, occasions, long titles, dignities. */
class ReportingWordsTest {
    private static List<Quote> quotes(Document doc) {
        return new QuotesStage().process(new ActorsStage().process(doc)).get(ExtractLayers.QUOTES);
    }

    @Test
    void aChannelAfterTheSpeakerIsNotAnotherAct() {
        var q = quotes(Docs.of("وقال المدرب كريم ناصر عبر حسابه على تويتر \"نحن جاهزون للموسم الجديد\". "
                + "وأضاف \"اللاعبون في حالة جيدة\".").entity("كريم ناصر", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("كريم ناصر", "كريم ناصر");
        assertThat(q.get(0).content()).startsWith("نحن جاهزون");
        assertThat(q.get(0).direct()).isTrue();
    }

    @Test
    void verbsOfExplainingGoingOnAndAdmitting() {
        var q = quotes(Docs.of("وأبان المتحدث باسم البلدية سالم العمري أن الأعمال ستنتهي قريبا. وأردف: \"لا تأخير في المشروع\". "
                + "وأقر العمري بأن الميزانية تأخرت، مشيدا بجهود الفرق الميدانية.")
                .entity("سالم العمري", "PERS").entity("العمري", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("أبان", "أردف", "أقر", "مشيدا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("سالم العمري");
        assertThat(q.get(2).content()).startsWith("الميزانية تأخرت");
        assertThat(q.get(3).content()).startsWith("بجهود الفرق");
    }

    @Test
    void likelyWithASubjectReportsButImpersonallyDoesNot() {
        var q = quotes(Docs.of("ورجحت مصادر مطلعة أن القرار سيصدر غدا. ويرجح أن الأسعار سترتفع.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("مصادر مطلعة");
            assertThat(x.content()).startsWith("القرار سيصدر");
        });
    }

    @Test
    void whatAReportOrACountSaysIsNobodysWords() {
        assertThat(quotes(Docs.of("وتلقت الشرطة بلاغا يفيد بوجود جسم غريب قرب المدرسة.").build())).isEmpty();
    }

    @Test
    void attributingACauseTakesTheNounObject() {
        var q = quotes(Docs.of("وأرجعت وزارة النقل التأخير إلى هطول الأمطار.").entity("وزارة النقل", "ORG").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("وزارة النقل");
            assertThat(x.content()).startsWith("التأخير إلى");
        });
    }

    @Test
    void aPronounOfDignityStandsForTheDignitaryNamedBefore() {
        var q = quotes(Docs.of("تفقد الأمير خالد بن سعود أمير المنطقة المشروع الجديد. وقال سموه إن المشروع سيخدم الأهالي. "
                + "وشدد على أهمية الصيانة.").entity("خالد بن سعود", "PERS").build());
        assertThat(q).hasSize(2).extracting(Quote::speakerText).containsOnly("خالد بن سعود");
    }

    @Test
    void aParticipleReachesItsContentThroughTheOccasion() {
        var q = quotes(Docs.of("افتتح الوزير ماجد السالم المعرض، مؤكدا في كلمة أمام الحضور في القاعة الكبرى أن القطاع ينمو.")
                .entity("ماجد السالم", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("ماجد السالم");
            assertThat(x.content()).startsWith("القطاع ينمو");
        });
    }

    @Test
    void aLongChainOfTitlesStillReachesTheName() {
        var q = quotes(Docs.of("وأوضح مدير فرع الهيئة العامة للإحصاء والمعلومات بالمنطقة الغربية أمين لجنة التنمية الاجتماعية "
                + "بالمحافظة المهندس سامي بن خالد العتيبي أن الدراسة اكتملت.").entity("سامي بن خالد العتيبي", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامي بن خالد العتيبي");
            assertThat(x.content()).startsWith("الدراسة اكتملت");
        });
    }

    @Test
    void aPostingInsideTheTitleStillReachesTheName() {
        var q = quotes(Docs.of("قال مبعوث المنظمة إلى ليبيا سامي الحداد إن المحادثات ستستأنف. "
                + "وقال سفير فرنسا لدى الأمم المتحدة جان دوبوا إن القرار جاهز.")
                .entity("سامي الحداد", "PERS").entity("جان دوبوا", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("سامي الحداد", "جان دوبوا");
    }

    @Test
    void aLoneTitleNoOneBoreIsThePersonSpeaking() {
        var q = quotes(Docs.of("وقال رئيس النادي فهد السالم إن العقد مدد. وشدد كارلوس بيريز على أن الفريق جاهز. "
                + "وقال المدرب \"نريد اللقب\". وقال الرئيس إن الدعم مستمر.")
                .entity("فهد السالم", "PERS").entity("كارلوس بيريز", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("فهد السالم", "كارلوس بيريز", "كارلوس بيريز", "فهد السالم");
    }

    @Test
    void aTitleMayHoldBWordsBeforeTheNameOfOneWhoPraises() {
        var q = quotes(Docs.of("أشاد عضو مجلس الإدارة ومدير الكرة بالفريق الأول بالنادي سامي الحربي بالمعسكر الأخير.")
                .entity("سامي الحربي", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامي الحربي");
            assertThat(x.content()).startsWith("بالمعسكر");
        });
    }

    @Test
    void aPrayerIsNotACall() {
        var q = quotes(Docs.of("وقال المواطن سعيد الشهري إنه عاد سالما. ودعا الله أن يحفظ البلاد.")
                .entity("سعيد الشهري", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال");
    }

    @Test
    void aTitleNamedLaterGivesTheEarlierActsThatName() {
        var q = quotes(Docs.of("كشف عضو في رئاسة حزب الوسط أن الحزب سيقاطع الانتخابات. "
                + "وقال عضو في رئاسة حزب الوسط، مازن الطيب، إن القرار نهائي. وقال مصدر آخر إن النقاش مستمر.")
                .entity("حزب الوسط", "ORG").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("مازن الطيب", "مازن الطيب", "مصدر آخر");
    }

    @Test
    void whomACallVerbCallsOnFollowsItsSpeaker() {
        var q = quotes(Docs.of("وحث العمال زملاءهم في المصانع الأخرى على الإضراب.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("العمال");
            assertThat(x.content()).startsWith("زملاءهم في المصانع");
        });
    }

    @Test
    void promisingAndExpectingWithANounObjectReport() {
        var q = quotes(Docs.of("وقالت الوزيرة منى الخطيب إن الخطة جاهزة، واعدة بأن المدارس ستفتح قريبا. "
                + "ويتوقع الخطيب ارتفاع عدد الطلاب.").entity("منى الخطيب", "PERS").entity("الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قالت", "واعدة", "يتوقع");
        assertThat(q.get(1).content()).startsWith("المدارس ستفتح");
        assertThat(q.get(2).content()).startsWith("ارتفاع عدد");
    }

    @Test
    void eitherPrepositionOfAVerbOpensItsContent() {
        var q = quotes(Docs.of("ونوه المدير سالم العمري بقرار المجلس الأخير. ونوه العمري إلى أن التنفيذ يبدأ غدا. "
                + "وأفاد مصدر طبي عن إصابة عاملين في الحادث.")
                .entity("سالم العمري", "PERS").entity("العمري", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("سالم العمري", "سالم العمري", "مصدر طبي");
        assertThat(q.get(0).content()).startsWith("بقرار المجلس");
        assertThat(q.get(1).content()).startsWith("التنفيذ يبدأ");
        assertThat(q.get(2).content()).startsWith("عن إصابة");
    }
}
