package org.rasid.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Sentence;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

class QuotesTest {
    private static List<Quote> quotes(Document doc) {
        return new QuotesStage().process(new ActorsStage().process(doc)).get(ExtractLayers.QUOTES);
    }

    @Test
    void verbBeforeTitledSpeakerWithMediumAndContinuations() {
        var doc = Docs.of("قال وزير المالية الكويتي سالم العنزي في مؤتمر صحفي إن العجز سيتراجع هذا العام. "
                + "وأضاف أن الحكومة ستخفض الإنفاق، مشيرا إلى أن الإيرادات تحسنت. "
                + "وأوضح الوزير الكويتي أن الخطة تبدأ الشهر المقبل. "
                + "وأكد العنزي أن الرواتب لن تتأثر.").entity("سالم العنزي", "PERS").entity("العنزي", "PERS").build();
        var q = quotes(doc);
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "أضاف", "مشيرا", "أوضح", "أكد");
        assertThat(q).extracting(Quote::speaker).containsOnly(q.get(0).speaker()).doesNotContainNull();
        assertThat(q.get(0).speakerText()).isEqualTo("سالم العنزي");
        assertThat(q.get(0).role()).isEqualTo("وزير المالية الكويتي");
        assertThat(q.get(0).content()).startsWith("العجز سيتراجع");
        assertThat(q.get(1).content()).isEqualTo("الحكومة ستخفض الإنفاق");
        assertThat(q.get(2).content()).startsWith("الإيرادات تحسنت");
        assertThat(q).allSatisfy(x -> assertThat(doc.text().substring(x.start(), x.end())).isEqualTo(x.content()));
    }

    @Test
    void subjectBeforeVerbWithAppositiveRoleAndOutlet() {
        var doc = Docs.of("ليلى حداد، الباحثة في شؤون الهجرة، قالت في تصريح لـ صحيفة النهار، إن أعداد اللاجئين تضاعفت.")
                .build();
        var q = quotes(doc);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speakerText()).isEqualTo("ليلى حداد");
        assertThat(q.get(0).role()).isEqualTo("الباحثة في شؤون الهجرة");
        assertThat(q.get(0).medium()).isEqualTo("صحيفة النهار");
        assertThat(q.get(0).content()).startsWith("أعداد اللاجئين");
    }

    @Test
    void aRoleThatRepeatsAWordIsStillResolved() {
        var q = quotes(Docs.of("وقال مندوب الولايات المتحدة لدى الأمم المتحدة إن المجلس سيصوت غدا. "
                + "وأضاف المندوب أن النص جاهز.").build());
        assertThat(q).hasSize(2);
        assertThat(q.get(0).role()).contains("المتحدة");
    }

    @Test
    void anAttributionCueFollowedByAVerbNamesNoSourceAndDoesNotFail() {
        var doc = Docs.of("تحولت المدونة إلى مصدر ثري للباحثين، حسبما أوضح د.سامر عادل، الأستاذ بجامعة القاهرة.").build();
        assertThat(quotes(doc)).allSatisfy(q -> assertThat(doc.text().substring(q.start(), q.end())).isEqualTo(q.content()));
    }

    @Test
    void unnamedSourceKeepsItsDescription() {
        var q = quotes(Docs.of("وقال مصدر أمني إن الطريق أغلق بعد الحادث.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isNull();
            assertThat(x.speakerText()).isEqualTo("مصدر أمني");
        });
    }

    @Test
    void directSpeechInGuillemetsAndQuotedSpeakerName() {
        var q = quotes(Docs.of("وقال المتحدث باسم الشرطة \"خالد يوسف\": «لن نسمح بتكرار ما حدث». ").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.direct()).isTrue();
            assertThat(x.content()).isEqualTo("لن نسمح بتكرار ما حدث");
            assertThat(x.speakerText()).isEqualTo("خالد يوسف");
            assertThat(x.role()).isEqualTo("المتحدث باسم الشرطة");
        });
    }

    @Test
    void attributionAfterTheContentNamesTheSource() {
        var q = quotes(Docs.of("ارتفع عدد المصابين إلى عشرين شخصا، وفقا لوكالة الأنباء الرسمية.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.verb()).isEqualTo("وفقا");
            assertThat(x.speakerText()).isEqualTo("وكالة الأنباء الرسمية");
            assertThat(x.content()).startsWith("ارتفع عدد المصابين");
        });
    }

    @Test
    void negatedReportingIsNotAQuote() {
        assertThat(quotes(Docs.of("لم يؤكد المسؤول أن الاتفاق وقع.").build())).isEmpty();
    }

    @Test
    void prepositionalVerbKeepsItsPreposition() {
        var q = quotes(Docs.of("أعربت منظمة الصحة العالمية عن قلقها من انتشار المرض.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.verb()).isEqualTo("أعربت");
            assertThat(x.content()).startsWith("عن قلقها");
            assertThat(x.speaker()).isEqualTo("rasid:who");
        });
    }

    @Test
    void aStatementSpeaksForItsIssuer() {
        var q = quotes(Docs.of("قالت وزارة الصحة في بيان إن الحملة بدأت. وأوضح البيان أن اللقاحات متوفرة. "
                + "وقال بيان وزارة النقل إن الطريق فتح.").entity("وزارة الصحة", "ORG").entity("وزارة النقل", "ORG").build());
        assertThat(q).hasSize(3);
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker()).isNotNull();
        assertThat(q.get(2).speakerText()).isEqualTo("وزارة النقل");
    }

    @Test
    void theSameSourceIsTheLastUnnamedOne() {
        var q = quotes(Docs.of("وقال ضابط في الشرطة إن الهجوم وقع ليلا. وأضاف نفس المصدر أن ثلاثة أصيبوا. "
                + "وأكد المصدر ذاته أن التحقيق بدأ.").build());
        assertThat(q).hasSize(3).extracting(Quote::speakerText).containsOnly(q.get(0).speakerText());
    }

    @Test
    void theSpeakerOfAVerbInsideAClauseIsWrittenBeforeIt() {
        var q = quotes(Docs.of("وأضاف: الوزير قال بصراحة إن الخطة جاهزة. "
                + "وقال المدير إن العمل مستمر رغم أن مصدرا حكوميا أكد أن الاتفاق قريب. "
                + "وكان الخبير قد أعلن أن الأسعار سترتفع.").build());
        assertThat(q).extracting(Quote::speakerText).contains("الوزير", "مصدرا حكوميا", "الخبير")
                .doesNotContain("بصراحة", "الخبير قد");
    }

    @Test
    void aPronounAfterTheVerbIsTheAddresseeNotTheSpeaker() {
        var q = quotes(Docs.of("وقالت الموظفة إن الرجل غضب. وقال لها إنهم سيعودون.").build());
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speakerText()).isNotEqualTo("لها");
    }

    @Test
    void aChainOfTitlesEndsAtTheName() {
        var q = quotes(Docs.of("وقال المتحدث باسم الوزارة السفير سامي الحربي، في تصريح، إن القرار نهائي.")
                .entity("سامي الحربي", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامي الحربي");
            assertThat(x.role()).startsWith("المتحدث باسم الوزارة");
        });
    }

    @Test
    void impersonalVerbsDataReportsAndViaAreNotQuotes() {
        assertThat(quotes(Docs.of("ويذكر أن المدينة شهدت أمطارا. والمعلومات تشير إلى أن الطريق مغلق. "
                + "وتنتشر الشائعات عبر الإنترنت على أنها حقائق. وتبين أن الرجل بريء.").build())).isEmpty();
    }

    @Test
    void aTimePhraseOrAClauseAfterTheMediumIsNotPartOfTheSpeaker() {
        var q = quotes(Docs.of("وقالت الشركة العام الماضي إنها تواجه أزمة. "
                + "وقال مسؤول بالشركة لـ«رويترز» طلب عدم نشر اسمه: «الوضع طبيعي».").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("الشركة", "مسؤول بالشركة");
    }

    @Test
    void aNounObjectFollowsTheNamedSubjectAndItsTitle() {
        var q = quotes(Docs.of("وأكد محافظ مدينة الزهراء سامر الخطيب سلامة جميع الركاب. وتتهم الكويت العراق بخرق الاتفاق. "
                + "ووصف سامر الخطيب هذه الحادثة بالمؤسفة.").entity("الزهراء", "LOC").entity("سامر الخطيب", "PERS")
                .entity("الكويت", "LOC").entity("العراق", "LOC").build());
        assertThat(q).extracting(Quote::verb).containsExactly("أكد", "تتهم", "وصف");
        assertThat(q.get(0).content()).startsWith("سلامة جميع الركاب");
        assertThat(q.get(0).speakerText()).isEqualTo("سامر الخطيب");
        assertThat(q.get(1).content()).startsWith("العراق بخرق");
        assertThat(q.get(1).speakerText()).isEqualTo("الكويت");
        assertThat(q.get(2).content()).startsWith("هذه الحادثة");
    }

    @Test
    void thePersonNamedInsideALongTitleIsTheSpeaker() {
        var q = quotes(Docs.of("وقال المحلل في شركة \"الأفق\" للاستثمار نادر الفارس لـ\"الوطن\" إن الأسعار سترتفع.")
                .entity("نادر الفارس", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerText()).isEqualTo("نادر الفارس"));
    }

    @Test
    void anOutletRightAfterTheVerbIsTheSpeaker() {
        var q = quotes(Docs.of("قالت صحيفة الأفق اليوم إن المفاوضات توقفت.").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerText()).startsWith("صحيفة الأفق"));
    }

    @Test
    void anAttributionNeedsASourceNotAnyNoun() {
        assertThat(quotes(Docs.of("وجهزت الأكمنة وفقا لأحدث الأساليب الفنية. وصدر القرار حسبما أصدرت لجنة المخالفات.")
                .build())).isEmpty();
        assertThat(quotes(Docs.of("قتل خمسة أشخاص، بحسب متحدث باسم الشرطة.").build()))
                .singleElement().satisfies(x -> assertThat(x.speakerText()).contains("متحدث باسم الشرطة"));
    }

    @Test
    void aFeminineVerbWithoutSubjectGoesBackToTheInstitutionNotToAMan() {
        var q = quotes(Docs.of("وقال سامر الخطيب إن الاتفاق قريب. وانتقدت وزارة الخارجية الأردنية هذه التصريحات. "
                + "وقالت إن الحديث عن الاتفاق سابق لأوانه.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("سامر الخطيب", "وزارة الخارجية الأردنية");
    }

    @Test
    void aStatementWithoutANamedIssuerSpeaksForTheLastOrganization() {
        var q = quotes(Docs.of("وزع برنامج الغذاء حصصا في المدينة، وشكر برنامج الغذاء المتطوعين بالتعاون مع منظمة الإغاثة. "
                + "وذكر بيان وزعه مكتب البرنامج أن التوزيع مستمر.")
                .entity("برنامج الغذاء", "ORG").entity("منظمة الإغاثة", "ORG").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerText()).isEqualTo("برنامج الغذاء"));
    }

    @Test
    void theFiniteVerbOfAListedParticipleReports() {
        var q = quotes(Docs.of("ونوه الباحث في ختام حديثه إلى أن النتائج أولية.").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.content()).startsWith("النتائج أولية"));
    }

    @Test
    void aRelayBetweenTheSubjectAndItsNounObjectIsSkipped() {
        var q = quotes(Docs.of("وأكدت وزارة الصحة الأردنية وفقا لوكالة الأنباء الرسمية في بيان اليوم سلامة المياه، "
                + "مشددة على متابعة الفحوص. وعبر البيان عن شكره للفرق.").build());
        assertThat(q).extracting(Quote::verb).containsExactly("أكدت", "مشددة", "عبر");
        assertThat(q).extracting(Quote::speakerText).containsOnly("وزارة الصحة الأردنية");
        assertThat(q.get(0).content()).startsWith("سلامة المياه");
    }

    @Test
    void aVerbAfterTheSubjunctiveOrFutureParticleIsAnActToCome() {
        var q = quotes(Docs.of("وقال الخبير إن الأسهم سترتفع، متوقعا أن تعلن الشركة أرباحا كبيرة. "
                + "وأكد أن المصرف سوف يعلن نتائجه غدا.").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "متوقعا", "أكد");
        assertThat(q.get(1).content()).startsWith("تعلن الشركة أرباحا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("الخبير");
    }

    @Test
    void anImpersonalVerbStaysImpersonalWhenItsComplementizerCarriesAPronoun() {
        assertThat(quotes(Docs.of("ويتوقع أنه سيصل غدا. ويذكر أنهم غادروا المدينة.").build())).isEmpty();
    }

    @Test
    void aDefiniteNounAfterLamIsWhomItWasSaidTo() {
        var q = quotes(Docs.of("وقال الوزير إن الخطة جاهزة. وقال للصحفيين إن التنفيذ يبدأ غدا. "
                + "وقال سامر الخطيب للإذاعة إن الطريق آمن. وقالت الشركة الوطنية للكهرباء إن التيار عاد. "
                + "وأوضح المتحدث الرسمي لمؤسسة الأمير فهد للإغاثة نادر الفارس أن القافلة وصلت.")
                .entity("سامر الخطيب", "PERS").entity("فهد", "PERS").entity("نادر الفارس", "PERS").build());
        assertThat(q).extracting(Quote::speakerText)
                .containsExactly("الوزير", "الوزير", "سامر الخطيب", "الشركة الوطنية للكهرباء", "نادر الفارس");
    }

    @Test
    void aClauseOpenedByButHasItsOwnSubject() {
        var q = quotes(Docs.of("ويشك المراقبون في أن الخطة ستنجح لكن الحكومة تقول إن النتائج مشجعة.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.verb()).isEqualTo("تقول");
            assertThat(x.speakerText()).isEqualTo("الحكومة");
        });
    }

    @Test
    void aStatementOfANamedBodySpeaksForItAndItsLaterRetellings() {
        var q = quotes(Docs.of("وقال بيان لهيئة الموانئ إن السفن عادت إلى العمل. وأضاف البيان أن الرصيف الثاني فتح.").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("هيئة الموانئ", "هيئة الموانئ");
    }

    @Test
    void theAttentionASpeakerDrawsIsNoSpeakerAndAVerbInsideTheReportedClauseIsItsPredicate() {
        var q = quotes(Docs.of("وقال الطبيب كمال يوسف إن العيادة مكتظة. ولفت الانتباه إلى أن حملة التطعيم الأخيرة كشفت عن نقص "
                + "في الكوادر.").entity("كمال يوسف", "PERS").build());
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker()).isNotNull();
        assertThat(q.get(1).content()).startsWith("حملة التطعيم الأخيرة كشفت عن نقص");
    }

    @Test
    void aTitleThatHoldsANameLeavesTheSpeakerToTheNameClosingIt() {
        var q = quotes(Docs.of("وقال خطيب جامع الإمام عمر بن الخطاب في المدينة سالم الحربي إن الصلاة أقيمت في موعدها.")
                .entity("عمر بن الخطاب", "PERS").entity("سالم الحربي", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سالم الحربي");
            assertThat(x.speaker()).isNotNull();
        });
    }

    @Test
    void aPersonNamedInTheDescriptionOfAnUnnamedSourceIsNotTheSpeaker() {
        var q = quotes(Docs.of("وقال مصدر في الحزب الموالي للرئيس سامي حداد إن الاجتماع تأجل.")
                .entity("سامي حداد", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker()).isNull();
            assertThat(x.speakerText()).startsWith("مصدر في الحزب");
        });
    }

    @Test
    void aPluralInTheAccusativeAfterACallVerbIsWhomItCallsOnNotTheSpeaker() {
        var q = quotes(Docs.of("وقال مدير الدفاع المدني سامر الخطيب إن الأمطار ستستمر. ودعا المواطنين إلى تجنب الأودية، "
                + "بينما دعا المتطوعون إلى فتح مراكز الإيواء.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).hasSize(3);
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker()).isNotNull();
        assertThat(q.get(2).speakerText()).isEqualTo("المتطوعون"); // in -ون: the subject, who calls
    }

    @Test
    void anOutletInQuotesBeforeANounObjectIsTheMediumAndTheObjectTheContent() {
        var q = quotes(Docs.of("أكد المحلل الاقتصادي سامي يوسف لـ «الاقتصادية» تراجع أسعار الحديد هذا الشهر.")
                .entity("سامي يوسف", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامي يوسف");
            assertThat(x.content()).startsWith("تراجع أسعار الحديد");
        });
    }

    @Test
    void aDefiniteSourceWithAnAdjectiveTakesUpTheSourceDescribedBefore() {
        var q = quotes(Docs.of("قالت مصادر ملاحية إن السفينة وصلت. وأضافت المصادر المطلعة أن الحمولة أفرغت. "
                + "وقالت مصادر طبية إن الجرحى نقلوا. وذكرت المصادر الأمنية أن الطريق أغلق.").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("مصادر ملاحية", "مصادر ملاحية",
                "مصادر طبية", "المصادر الأمنية"); // a security source is not the medical one
    }

    @Test
    void aBodyAfterLamKeepsTheArticleWhoseAlefTheTextDoesNotWrite() {
        // the text layer's segments tell the article's ل (ل+ال+قيادة)
        var q = quotes(new org.rasid.text.stage.TokenStage().process(Docs.of("وقال بيان للقيادة العسكرية إن الطرق أعيد فتحها.").build()));
        assertThat(q).extracting(Quote::speakerText).containsExactly("القيادة العسكرية");
    }

    @Test
    void aBareTitleIsThePersonTheArticleNamedAfterIt() {
        var q = quotes(Docs.of("وصل وزير الزراعة سامر الخطيب إلى المدينة أمس. وكان وزير الزراعة أكد أن المحصول وفير.")
                .entity("سامر الخطيب", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامر الخطيب");
            assertThat(x.speaker()).isNotNull();
        });
    }

    @Test
    void accordingToWhatSomeoneSaidNamesHimAndHeSpeaksOn() {
        var q = quotes(Docs.of("وانقطع التيار في الحي، طبقا لما ذكره مدير الشركة سامر الخطيب. "
                + "وأضاف: «سنعيد الخدمة الليلة». وستفتح المدارس الأسبوع المقبل حسب ما صرح به مسؤولون في الوزارة.")
                .entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("طبقا", "أضاف", "حسب");
        assertThat(q.get(0).speakerText()).isEqualTo("سامر الخطيب");
        assertThat(q.get(0).content()).startsWith("وانقطع التيار");
        assertThat(q.get(1).speakerText()).isEqualTo("سامر الخطيب");
        assertThat(q.get(2).speakerText()).startsWith("مسؤولون");
    }

    @Test
    void aShortQuotationThatEndsTheSentenceIsTheContentNotAName() {
        var q = quotes(Docs.of("وقال القائد: «الوضع هادئ». وتابع «لن ننسحب من المدينة».").build());
        assertThat(q).hasSize(2);
        assertThat(q.get(1).direct()).isTrue();
        assertThat(q.get(1).content()).isEqualTo("لن ننسحب من المدينة");
        assertThat(q.get(1).speakerText()).isEqualTo("القائد");
    }

    @Test
    void claimingIsReporting() {
        var q = quotes(Docs.of("وزعم المتحدث أن القوات انسحبت من الجبهة.").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.verb()).isEqualTo("زعم"));
    }

    @Test
    void informedOfTakesAnIndefiniteNounAfterBa() {
        var q = quotes(Docs.of("وأفادت مصادر محلية صباح اليوم بمقتل ثلاثة مسلحين. وأفاد مصدر بالشرطة بوقوع انفجار قرب السوق.")
                .build());
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speakerText()).isEqualTo("مصادر محلية");
        assertThat(q.get(0).content()).startsWith("بمقتل ثلاثة");
        assertThat(q.get(1).speakerText()).isEqualTo("مصدر بالشرطة");
        assertThat(q.get(1).content()).startsWith("بوقوع انفجار");
    }

    @Test
    void describingWithAnObjectPronounReportsButAsHePutItDoesNot() {
        var q = quotes(Docs.of("وندد وزير الداخلية سامر الخطيب بالهجوم، ووصفه بأنه «عمل جبان». "
                + "وقال إن الجناة سيحاسبون على حد وصفه.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("ندد", "وصفه", "قال");
        assertThat(q.get(1).speakerText()).isEqualTo("سامر الخطيب");
    }

    @Test
    void theSubjectOfANegatedActOrOfMerelySayingSpeaksThroughTheReportingNoun() {
        var q = quotes(Docs.of("ولم يؤكد المتحدث باسم الجيش العقيد سامر الخطيب عدد القتلى، مكتفيا بالقول إن الاشتباكات انتهت. "
                + "واكتفى الناطق باسم الوزارة بالقول إن التحقيق جار.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("بالقول", "بالقول");
        assertThat(q.get(0).speakerText()).isEqualTo("سامر الخطيب");
        assertThat(q.get(1).speakerText()).isEqualTo("الناطق باسم الوزارة");
    }

    @Test
    void aBareInstitutionNounTakesUpTheInstitutionNamedBefore() {
        var q = quotes(Docs.of("وقالت الهيئة العامة للأرصاد إن الأمطار ستستمر. وحسب الهيئة، فإن درجات الحرارة ستنخفض.")
                .entity("الهيئة العامة للأرصاد", "ORG").build());
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker()).isNotNull();
    }

    @Test
    void anOutletNamedInQuotesAfterItsNounIsTheSpeakerOrSource() {
        var doc = Docs.of("وقالت صحيفة «الأخبار» إن المصنع أغلق. وحسب موقع \"النبأ\" فإن العمال تظاهروا. "
                + "ووفقا لشبكة «الخليج» فقد عاد الإنتاج.").entity("الأخبار", "ORG").entity("النبأ", "ORG")
                .entity("الخليج", "ORG").build();
        var q = quotes(doc);
        assertThat(q).extracting(Quote::speakerText).containsExactly("الأخبار", "النبأ", "الخليج");
        assertThat(q.get(0).content()).startsWith("المصنع أغلق");
        assertThat(q.get(1).content()).startsWith("العمال تظاهروا");
        assertThat(q.get(2).content()).contains("عاد الإنتاج");
    }

    @Test
    void aSpeechTheSubjectGaveHoldsWhatHeSaidInItsRelativeClause() {
        var doc = Docs.of("وفي ختام الحفل ألقى مدير الجامعة سالم الراشد كلمة أكد فيها أهمية البحث العلمي، "
                + "مفيدا أن الطلاب حققوا نتائج جيدة. وأصدرت وزارة النقل بيانا قالت فيه إن الطريق أعيد فتحه.")
                .entity("سالم الراشد", "PERS").build();
        var q = quotes(doc);
        assertThat(q).extracting(Quote::verb).containsExactly("أكد", "مفيدا", "قالت");
        assertThat(q.get(0).speakerText()).isEqualTo("سالم الراشد");
        assertThat(q.get(0).content()).startsWith("أهمية البحث العلمي");
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker());
        assertThat(q.get(2).speakerText()).isEqualTo("وزارة النقل");
        assertThat(q.get(2).content()).startsWith("الطريق أعيد فتحه");
    }

    @Test
    void anOccasionBeforeTheSpeechLeavesTheSpeakerAfterTheVerb() {
        var q = quotes(Docs.of("وفي تصريح صحفي أكد فيه مدير المرور خالد السالم أن الحركة عادت.")
                .entity("خالد السالم", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("خالد السالم");
            assertThat(x.content()).startsWith("الحركة عادت");
        });
    }

    @Test
    void ibnAndTheFamilyNameIsThePersonNamedWithBinBefore() {
        var doc = Docs.of("وقال رئيس المجلس سعد بن ناصر إن الجلسة تأجلت. وأكد ابن ناصر أن الموعد الجديد يحدد لاحقا.")
                .entity("سعد بن ناصر", "PERS").entity("ابن ناصر", "PERS").build();
        var q = quotes(doc);
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker());
        assertThat(q.get(1).speakerText()).isEqualTo("سعد بن ناصر");
    }

    @Test
    void aBodyCalledByItsKindAndNationalityIsTheOneNamedBefore() {
        var q = quotes(Docs.of("وقالت وكالة التصنيف موديز إن النمو تباطأ. وأضافت الوكالة الأمريكية أن الديون ارتفعت.")
                .entity("موديز", "ORG").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("وكالة التصنيف موديز", "وكالة التصنيف موديز");
    }

    @Test
    void aBareTitleReadsPastTheHonorificAndTheBodysQuotedName() {
        var q = quotes(Docs.of("دعا رئيس لجنة حقوق الطفل «لجنة الأمل» الدكتور سامر الخطيب إلى حماية المدارس. "
                + "وشدد رئيس لجنة حقوق الطفل على أن التعليم حق للجميع.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).last().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامر الخطيب");
            assertThat(x.content()).startsWith("التعليم حق");
        });
    }

    @Test
    void aDroppedSubjectBeforeANounOfStanceGoesOnWithTheSpeaker() {
        var q = quotes(Docs.of("وقال الوزير سامر الخطيب إن المشروع اكتمل. وأكد ضرورة صيانة الطرق، مشددا على أن الميزانية كافية.")
                .entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "أكد", "مشددا");
        assertThat(q).extracting(Quote::speaker).containsOnly(q.get(0).speaker());
        assertThat(q.get(1).content()).startsWith("ضرورة صيانة الطرق");
    }

    @Test
    void aVerbInARelativeClauseOnItsAntecedentReportsNothing() {
        var q = quotes(Docs.of("وقالت الحكومة إن الاستفتاء الذي أعلن عنه في الربيع سيجري في موعده.").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.verb()).isEqualTo("قالت"));
    }

    @Test
    void hintingWishingAndAppealingReport() {
        var q = quotes(Docs.of("وألمح المدرب سامر الخطيب إلى أن الفريق سيتعاقد مع مهاجم، متمنيا أن يحقق اللقب، "
                + "مناشدا الجماهير أن تحضر المباراة.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("ألمح", "متمنيا", "مناشدا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("سامر الخطيب");
    }

    @Test
    void anUnnamedSourceWithTheOutletItToldInQuotesRevealsTheNounObjectAfterIt() {
        var q = quotes(Docs.of("كشفت مصادر مطلعة لـ“النهار” تفاصيل الخطة الجديدة للنقل.").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("مصادر مطلعة");
            assertThat(x.medium()).isEqualTo("النهار");
            assertThat(x.content()).startsWith("تفاصيل الخطة");
        });
    }

    @Test
    void aTopicBeforeTheVerbIsNotItsSubject() {
        var q = quotes(Docs.of("وقال مسؤول في الهيئة إن المشروع يبدأ قريبا. وحول تكلفة المشروع، أوضح أنها لم تحدد بعد. "
                + "وبشأن موعد التسليم، أكد أن العمل يسير وفق الخطة. وفيما يتعلق بالعمالة، بين أنه يجري التعاقد معها.")
                .build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "أوضح", "أكد", "بين");
        assertThat(q).extracting(Quote::speakerText).containsOnly("مسؤول في الهيئة");
    }

    @Test
    void binBeforeASpeakerAndAComplementizerIsTheVerbButBetweenTwoSidesIsNot() {
        var q = quotes(Docs.of("وبين الخطيب أن الأسعار مستقرة. كما بين المصدر، أن الطلب ارتفع. "
                + "وجرت مواجهات بين الجيش والمسلحين أن شهود عيان رأوا الدخان. "
                + "ويبقى الخلاف بينه وبين ناديه قائما رغم أن الجميع توقع حله.").entity("الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::content).containsExactly("الأسعار مستقرة", "الطلب ارتفع");
        assertThat(q.get(0).speakerText()).isEqualTo("الخطيب");
        assertThat(q.get(1).speakerText()).isEqualTo("المصدر");
    }

    @Test
    void theDayBeforeYesterdayIsATimeNotASpeaker() {
        var q = quotes(Docs.of("وقال الناطق باسم البلدية أول أمس إن الطريق فتح. "
                + "وكان المتحدث باسم الشرطة العقيد سامر الخطيب أعلن أول من أمس أن التحقيق انتهى.")
                .entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("الناطق باسم البلدية", "سامر الخطيب");
        assertThat(q).extracting(Quote::content).containsExactly("الطريق فتح", "التحقيق انتهى");
    }

    @Test
    void theResponsibilityClaimedIsTheObjectAndItsClaimantSpeaksOn() {
        var q = quotes(Docs.of("وكانت حركة النصر قد أعلنت مسؤوليتها عن الهجوم، وقالت إنها ستواصل عملياتها.")
                .entity("حركة النصر", "ORG").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("حركة النصر", "حركة النصر");
        assertThat(q.get(0).content()).startsWith("عن الهجوم");
    }

    @Test
    void aParticipleGoesOnWithTheUnnamedSourceThatOpensItsSentenceNotThePersonInTheObject() {
        var q = quotes(Docs.of("نفى مصدر رياضي وجود خلاف مع المدرب سامر الخطيب، مشيرا إلى أن الفريق يستعد للموسم. "
                + "وحول عودة المدير السابق، أكد أن القرار لم يتخذ.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("مشيرا", "أكد");
        assertThat(q).extracting(Quote::speakerText).containsOnly("مصدر رياضي");
    }

    @Test
    void aParticipleGoesOnWithThePersonNotTheBodyNamedInsideHisTitle() {
        var q = quotes(Docs.of("جدد رئيس الحكومة الليبية المؤقتة سامر الخطيب موقف حكومته الرافض للتدخل، مؤكدا أن السيادة خط أحمر.")
                .entity("الحكومة الليبية", "ORG").entity("سامر الخطيب", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerText()).isEqualTo("سامر الخطيب"));
    }

    @Test
    void aStatementIssuedByABodySpeaksForIt() {
        var q = quotes(Docs.of("وأوضح بيان صحفي صدر عن الهيئة الوطنية للسياحة أمس أن الموسم بدأ.")
                .entity("الهيئة الوطنية للسياحة", "ORG").build());
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speakerText()).isEqualTo("الهيئة الوطنية للسياحة"));
    }

    @Test
    void aFooterThatRepeatsTheHeadlineReportsNothing() {
        String title = "الشركة تعلن عن أرباح قياسية في الربع الثاني";
        String body = "قالت الشركة إن أرباحها ارتفعت. رابط الخبر بصحيفة الأفق: " + title;
        String text = title + "\n\n" + body;
        int bodyStart = title.length() + 2;
        int firstEnd = text.indexOf('.') + 1;
        var doc = Docs.of(text).build()
                .with(Layers.PARAGRAPHS, List.of(new Paragraph(0, title.length(), Paragraph.Kind.title),
                        new Paragraph(bodyStart, text.length(), Paragraph.Kind.paragraph)))
                .with(Layers.SENTENCES, List.of(new Sentence(0, title.length()), new Sentence(bodyStart, firstEnd),
                        new Sentence(firstEnd + 1, text.length())));
        assertThat(quotes(doc)).extracting(Quote::verb).containsExactly("قالت");
    }

    @Test
    void aNounOfStanceOpensTheContentOfAParticipleAndAfterTheNameAndItsComma() {
        var q = quotes(Docs.of("أكد وكيل الوزارة الدكتور سامر الخطيب، أهمية الاتفاقية الجديدة. وقال إن العمل بدأ، مؤكدا عزم الوزارة على إكماله.")
                .entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("أكد", "قال", "مؤكدا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("سامر الخطيب");
        assertThat(q.get(0).content()).startsWith("أهمية الاتفاقية");
        assertThat(q.get(2).content()).startsWith("عزم الوزارة");
    }

    @Test
    void aLightVerbReportsWithTheSpeechNounAfterItsSpeaker() {
        var q = quotes(Docs.of("جدد الوزير سامر الخطيب التأكيد على أن الخطة ماضية. وجدد النادي عقد المدرب لموسمين. "
                + "وختم الوزير حديثه بأن الميزانية كافية. واختتم الحفل بالنشيد.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("جدد", "ختم");
        assertThat(q).extracting(Quote::speakerText).containsOnly("سامر الخطيب");
        assertThat(q).extracting(Quote::content).containsExactly("الخطة ماضية", "الميزانية كافية");
    }

    @Test
    void aLightVerbWithABareTitleGoesBackToThePersonWhoBoreIt() {
        var q = quotes(Docs.of("كشف نائب وزير الصحة للشؤون الصحية سامر الخطيب أن الوزارة تعيد هيكلتها. "
                + "وختم نائب وزير الصحة حديثه بأن المشاريع ستكتمل.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("سامر الخطيب", "سامر الخطيب");
    }

    @Test
    void aGroupWrittenByItsKindAndItsQuotedNameIsThatName() {
        var q = quotes(Docs.of("وكانت حركة «النصر» المتشددة قد أعلنت مسؤوليتها عن التفجير، وقالت إنه رد على الغارات.").build());
        assertThat(q).extracting(Quote::speakerText).containsExactly("النصر", "النصر");
    }

    @Test
    void aLightVerbTakesThePersonClosingTheTitleChainBeforeWhereItWasSaid() {
        var q = quotes(Docs.of("أعاد الأمين العام لمركز الحوار بين الأديان سامر الخطيب أمام المؤتمر الدولي التذكير بأن الحوار مستمر، "
                + "مبينا أنه يحتاج إلى صبر.").entity("سامر الخطيب", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("أعاد", "مبينا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("سامر الخطيب");
    }

    @Test
    void aPronounOfDignityTakesUpThePersonOfItsRankNotTheLastOneNamed() {
        var q = quotes(Docs.of("رفع الأمير فهد بن سالم شكره لخادم الحرمين الشريفين الملك عبدالله بن زيد على دعم المشروع. "
                + "وقال سموه إن المشروع سيفتتح قريبا. وأثنى سموه على جهود العاملين، مشيدا بالتنظيم الجيد.")
                .entity("فهد بن سالم", "PERS").entity("عبدالله بن زيد", "PERS").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "مشيدا");
        assertThat(q).extracting(Quote::speakerText).containsOnly("فهد بن سالم");
    }

    @Test
    void aVerbOfSayingTakesTheClauseRightAfterTheNameAsItsContent() {
        var q = quotes(Docs.of("وقال مدير المشروع المهندس سامي العتيبي ستبدأ الأعمال في الحي الشهر المقبل.")
                .entity("سامي العتيبي", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سامي العتيبي");
            assertThat(x.content()).startsWith("ستبدأ الأعمال");
        });
    }

    @Test
    void noBareContentWhenAnotherActOrABlessingFollowsTheName() {
        var q = quotes(Docs.of("«سعدت كثيرا بالزيارة» قال خالد، مضيفا: «سأعود العام المقبل». "
                + "وقال الله تعالى في كتابه ما يدل على ذلك.").entity("خالد", "PERS").entity("الله", "PERS").build());
        assertThat(q).noneSatisfy(x -> assertThat(x.content()).startsWith("مضيفا"));
        assertThat(q).noneSatisfy(x -> assertThat(x.content()).startsWith("تعالى"));
    }

    @Test
    void aFeminineParticipleGoesOnWithAFeminineSubjectNotWithTheManWhoSpokeBefore() {
        var q = quotes(Docs.of("وقال المتحدث باسم الوزارة ناصر الحربي إن الخطة جاهزة. "
                + "وتعكف الوزارة على مراجعة الإجراءات، مشيرة إلى أن التطبيق يبدأ قريبا. "
                + "ودعا مجلس الأمن إلى التهدئة وحملت منظمة العمل حكومة البلاد المسؤولية، معتبرة أن الأزمة تتفاقم.")
                .entity("ناصر الحربي", "PERS").entity("مجلس الأمن", "ORG").entity("منظمة العمل", "ORG").build());
        assertThat(q).extracting(Quote::verb).containsExactly("قال", "مشيرة", "دعا", "معتبرة");
        assertThat(q.get(1).speakerText()).isEqualTo("الوزارة");
        assertThat(q.get(2).speakerText()).isEqualTo("مجلس الأمن");
        assertThat(q.get(3).speakerText()).isEqualTo("منظمة العمل");
    }

    @Test
    void aFeminineParticipleAfterAWomanWithHerTitleStaysWithHer() {
        var q = quotes(Docs.of("وكانت وزيرة الصحة في الاتحاد الأوروبي هند الشمري أكدت أن اللقاح متوفر، معتبرة أن الحملة نجحت.")
                .entity("هند الشمري", "PERS").entity("الاتحاد الأوروبي", "ORG").build());
        assertThat(q).extracting(Quote::speakerText).containsOnly("هند الشمري");
    }

    @Test
    void anUnnamedSourceAfterAnAttributionIsItsNounAndAdjectivesAndStopsAtTheNextAct() {
        var q = quotes(Docs.of("وحسب مصادر أمنية وطبية يعمل نحو مئتي مسعف في المنطقة. "
                + "وانقطعت الكهرباء عن الحي، بحسب ما قال المصدر مشيرا إلى أن الإصلاح يبدأ غدا.").build());
        // المصدر takes up the sources described before; the participle is the source's next act, not part of its name
        assertThat(q).extracting(Quote::speakerText).containsOnly("مصادر أمنية وطبية");
        assertThat(q).extracting(Quote::verb).containsExactly("حسب", "بحسب", "مشيرا");
        assertThat(q.get(0).content()).startsWith("يعمل نحو مئتي مسعف");
        assertThat(q.get(2).content()).startsWith("الإصلاح يبدأ غدا");
    }

    @Test
    void ibraInRunningTextIsThePrepositionViaNotTheVerbExpressed() {
        var q = quotes(Docs.of("وقف الزوار في صف طويل للمرور عبر البوابات الجديدة عن قرب. "
                + "من جانبه، عبر المدير سالم الدوسري عن سعادته بالإقبال.").entity("سالم الدوسري", "PERS").build());
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speakerText()).isEqualTo("سالم الدوسري");
            assertThat(x.content()).startsWith("عن سعادته");
        });
    }
}
