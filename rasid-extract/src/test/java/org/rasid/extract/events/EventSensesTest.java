package org.rasid.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;

/** Trigger words that tell no happening where they stand, and cues that make an event denied, planned or retold. */
class EventSensesTest {
    private static List<Event> events(Document doc) {
        return new EventsStage().process(new ActorsStage().process(doc)).get(ExtractLayers.EVENTS);
    }

    private static List<Event> asserted(List<Event> events) {
        return events.stream().filter(e -> !e.negated() && !e.hypothetical()).toList();
    }

    @Test
    void raidsProtestedOrAskedToStopAreNoAttackTold() {
        var doc = Docs.of("تظاهر مئات في المدينة للتنديد بالغارات التي يشنها الجيش. وقال أحدهم إنه يريد أن تتوقف "
                + "الحكومة عن قصف القرى. وقصفت الطائرات قرية النخيل أمس.").entity("النخيل", "LOC").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("ATTACK")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("وقصفت"));
    }

    @Test
    void anySortieAndAPlottedAttackAreNotTold() {
        var doc = Docs.of("ولم يسمح للطائرات بشن أي طلعات قصف من القاعدة. واعتقلت الشرطة عناصر تعد لهجمات ضد المواطنين.")
                .build();
        assertThat(asserted(events(doc))).noneMatch(e -> e.type().equals("ATTACK"));
    }

    @Test
    void rescuersBreakingInAreNoStorming() {
        var doc = Docs.of("اشتعلت النار في شقة وجرى اقتحام المبنى من قبل وحدات الإنقاذ وإخلاء السكان. "
                + "واقتحم مسلحون مقر الشرطة.").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("ATTACK")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("واقتحم"));
    }

    @Test
    void aCourtsDeathSentenceIsNoExecution() {
        var doc = Docs.of("صدر حكم محكمة في طرابلس بإعدام ثمانية من مسؤولي النظام السابق.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("ATTACK"));
    }

    @Test
    void whoHoldsAPlaceIsAStateNotATakeover() {
        var doc = Docs.of("قصفت الطائرات بلدة النخيل الواقعة تحت سيطرة المسلحين. وقصفت قرى يسيطر عليها المتمردون. "
                + "وسيطر الجيش على التلة.").entity("النخيل", "LOC").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("TAKEOVER")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("وسيطر"));
    }

    @Test
    void stillHoldingIsAState() {
        var doc = Docs.of("ولا تزال الحركة تفرض سيطرتها على المدينة.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("TAKEOVER"));
    }

    @Test
    void aMatchReportTellsNoEvents() {
        var doc = Docs.of("فرض الفريق الضيف سيطرته على الملعب في الشوط الثاني وشن هجوما منظما انتهى بهدف في الدقيقة 80 "
                + "ليحسم اللقاء.").build();
        assertThat(events(doc)).isEmpty();
        assertThat(events(Docs.of("شن المسلحون هجوما على حاجز للشرطة في الدقيقة الأولى من وصول الدورية.").build()))
                .extracting(Event::type).containsExactly("ATTACK");
    }

    @Test
    void aDenialByParticipleOrNounReachesOverItsClause() {
        var doc = Docs.of("وقال المصدر إن الوضع هادئ نافيا ما تردد عن وقوع هجمات على الحواجز. "
                + "ونقلت الوكالة عن المتحدث نفيه أي لقاء بين مصر والسودان.").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).contains("ATTACK", "MEETING");
        assertThat(asserted(e)).isEmpty();
    }

    @Test
    void aFailureNegatesWhatFollowsInItsClause() {
        var doc = Docs.of("ولم تتمكن مصر والسودان من تجاوز الخلافات والاتفاق على خطة مشتركة.").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("AGREEMENT")).isNotEmpty().allMatch(Event::negated);
    }

    @Test
    void anEventNotBegunOrPreparedIsNotYetAHappening() {
        var doc = Docs.of("وقع التفجير في السوق قبل بدء جولة جديدة من المحادثات بين مصر والسودان. "
                + "وتجري الاستعدادات لتنفيذ العملية العسكرية خلال ساعات. ودعا الوزير المبعوث لزيارة مصر.").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).contains("MEETING", "MILITARY_OPERATION");
        assertThat(asserted(e)).extracting(Event::type).containsExactly("ATTACK");
    }

    @Test
    void thePerpetratorOfTheAttackPointsBackToIt() {
        var doc = Docs.of("قتل خمسة أشخاص في هجوم على سوق شعبي في كركوك. "
                + "وقالت الشرطة إن منفذ الهجوم شاب من الموصل.").entity("كركوك", "LOC").entity("الموصل", "LOC").build();
        assertThat(events(doc)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("ATTACK"));
    }

    @Test
    void aTriggerWordThatClosesTheNameOfABodyIsNoEvent() {
        var doc = Docs.of("وصلت إلى الميناء شحنة من هيئة الخليج للإغاثة. وبثت قناة «المسيرة» الخبر.").build();
        assertThat(events(doc)).isEmpty();
    }

    @Test
    void confrontingWithEvidenceIsNoClash() {
        var doc = Docs.of("وبعد مواجهتهم بالأدلة اعترف الموقوفون بالتهم في بغداد.").entity("بغداد", "LOC").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("CLASH"));
    }

    @Test
    void anAttemptLeavesAFlightOpenButAnAttemptedStormingMetByFightingIsTheClash() {
        var doc = Docs.of("وحاول بعض المسلحين الفرار من حمص. "
                + "واشتبكت القوات مع المسلحين لدى محاولتهم اقتحام القرية.").entity("حمص", "LOC").build();
        var e = events(doc);
        assertThat(e).filteredOn(x -> x.type().equals("WITHDRAWAL")).isNotEmpty().allMatch(Event::hypothetical);
        assertThat(e).extracting(Event::type).doesNotContain("ATTACK").contains("CLASH");
    }

    @Test
    void aDealOrACampaignNamedAsATopicIsNotToldAgain() {
        var doc = Docs.of("وأظهر استطلاع حول الاتفاق مع إيران انقسام الناخبين. "
                + "وبحث الوزيران التعاون في الحرب على التنظيم في عمان.").entity("عمان", "LOC").build();
        assertThat(events(doc)).extracting(Event::type).doesNotContain("AGREEMENT", "MILITARY_OPERATION");
    }

    @Test
    void facingOrCounteringIsNoClashButAnArmedConfrontationIs() {
        var doc = Docs.of("وشدد الوزير على أهمية مواجهة الإرهاب ومواجهة التحديات الاقتصادية. "
                + "واندلعت مواجهة مسلحة مع مهربين قرب الحدود.").build();
        assertThat(events(doc)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CLASH");
            assertThat(e.trigger().text()).startsWith("مواجهة مسلحة");
        });
    }

    @Test
    void thePressTheMarketACareerAPeakAndASaleAreNoEvents() {
        var doc = Docs.of("قال رئيس تحرير صحيفة الوطن في الرياض إن تحرير أسعار الوقود في مصر قريب. "
                + "وأشاد بمسيرة التنمية في الرياض وبمسيرته المهنية. وتقع القرية على قمة جبل في عسير. "
                + "وأتم النادي صفقة انتقال اللاعب إلى مصر.")
                .entity("الرياض", "LOC").entity("مصر", "LOC").entity("عسير", "LOC").build();
        assertThat(events(doc)).isEmpty();
        var liberation = Docs.of("أعلنت القوات تحرير مدينة عدن. وخرجت مسيرة حاشدة في الرياض. وعقدت قمة عربية في مصر. "
                + "وأبرمت الحركتان صفقة تبادل الأسرى في مصر.")
                .entity("عدن", "LOC").entity("الرياض", "LOC").entity("مصر", "LOC").build();
        assertThat(events(liberation)).extracting(Event::type)
                .containsExactlyInAnyOrder("TAKEOVER", "PROTEST", "MEETING", "AGREEMENT");
    }

    @Test
    void whatAClauseIsForHasNotHappened() {
        var doc = Docs.of("ويعمل التنظيم من خلال خلاياه النائمة من أجل شن هجمات كبيرة في المدن. "
                + "وداهمت الشرطة حيا في حمص بهدف اعتقال المطلوبين. وهاجم مسلحون حاجزا في حمص أمس.")
                .entity("حمص", "LOC").build();
        var e = events(doc);
        assertThat(e).filteredOn(x -> x.trigger().text().equals("هجمات")).singleElement()
                .satisfies(x -> assertThat(x.hypothetical()).isTrue());
        assertThat(e).filteredOn(x -> x.type().equals("ARREST")).allSatisfy(x -> assertThat(x.hypothetical()).isTrue());
        assertThat(asserted(e)).extracting(x -> x.trigger().text()).contains("وهاجم");
    }

    @Test
    void anEventNounWithAFuturePredicateIsForetold() {
        var doc = Docs.of("وحذر الوزير من أن الانسحاب من الموصل سيفتح الباب أمام المتشددين. "
                + "وانسحبت القوات من الفلوجة أمس.").entity("الموصل", "LOC").entity("الفلوجة", "LOC").build();
        var e = events(doc);
        assertThat(e).filteredOn(x -> x.trigger().text().equals("الانسحاب")).singleElement()
                .satisfies(x -> assertThat(x.hypothetical()).isTrue());
        assertThat(asserted(e)).extracting(x -> x.trigger().text()).containsExactly("وانسحبت");
    }

    @Test
    void anIntentOrAFuturePassiveIsNotYetDone() {
        var doc = Docs.of("وأعلنت الشرطة عزمها على «ملاحقة» المهربين في الموانئ. وقال المتحدث إنه ستتم ملاحقتهم قضائيا. "
                + "وتحشد الفصائل مقاتليها في الريف حيث يتأهبون لهجوم على المطار.").build();
        assertThat(asserted(events(doc))).isEmpty();
    }

    @Test
    void progressIsNoAdvance() {
        var doc = Docs.of("وقال المفاوض إن الجانبين لم يتمكنا بعد من إحراز تقدم نحو تسوية الخلاف.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("MILITARY_OPERATION"));
        assertThat(events(Docs.of("وبدأت الدبابات تتقدم نحو الجسر.").build()))
                .extracting(Event::type).containsExactly("MILITARY_OPERATION");
    }

    @Test
    void whomASpokesmanSpeaksForIsNoEvent() {
        var doc = Docs.of("وقال المتحدث باسم العمليات المشتركة إن الطريق فتح أمام المسافرين.").build();
        assertThat(events(doc)).isEmpty();
    }

    @Test
    void aDeathSentencePassedIsNoExecution() {
        var doc = Docs.of("وأصدرت المحكمة الجنائية حكما غيابيا بإعدام ثلاثة من قادة الجماعة. "
                + "وقضت محكمة أخرى بالإعدام على متهمين اثنين.").build();
        assertThat(events(doc)).isEmpty();
        assertThat(events(Docs.of("ونفذت السلطات حكم الإعدام في خمسة مدانين فجر الخميس.").build()))
                .extracting(Event::type).containsExactly("ATTACK");
    }

    @Test
    void trainingForFightingIsNoClash() {
        var doc = Docs.of("وأرسلت الجماعة مدربين إلى المعسكر للتدريب على القتال في الجبال.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("CLASH"));
    }

    @Test
    void aFacilityForOperationsIsNoOperation() {
        var doc = Docs.of("واتخذ المسلحون من الكهوف مخزنا للسلاح ومركزا للعمليات العسكرية.").build();
        assertThat(events(doc)).isEmpty();
    }

    @Test
    void aCallForAnEventIsNotYetIt() {
        var doc = Docs.of("وسهلت الشرطة دخول الجماعات التي دعوا إلى اقتحام الساحة صباحا.").build();
        assertThat(asserted(events(doc))).isEmpty();
    }

    @Test
    void aboutANumberIsNoAdvance() {
        var doc = Docs.of("وتقدم الجمعية الغذاء والدواء لنحو مليون لاجئ في المخيمات.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("MILITARY_OPERATION"));
    }

    @Test
    void aDisputeIsAClashOnlyWhenArmedOrBetweenSides() {
        var doc = Docs.of("وتنظر المحكمة في نزاع على ملكية الأرض منذ سنوات. وتصاعد الصراع على رئاسة الحزب.").build();
        assertThat(events(doc)).isEmpty();
        assertThat(events(Docs.of("واندلع نزاع مسلح بين القبيلتين في الوادي.").build()))
                .extracting(Event::type).containsExactly("CLASH");
    }

    @Test
    void aCondemnedAttackIsTheAttackToldBefore() {
        var doc = Docs.of("قتل ثلاثة أشخاص في هجوم على قرية الصفا أمس. "
                + "ونددت الحكومة البريطانية بأشد العبارات بالهجوم على المدنيين في لندن. "
                + "وطالب مجلس الأمن بقرار يدين هجمات المسلحين في باريس.")
                .entity("الصفا", "LOC").entity("لندن", "LOC").entity("باريس", "LOC").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("ATTACK")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("هجوم"));
    }

    @Test
    void aVisitAndTheTalksHeldDuringItAreOneMeeting() {
        var doc = Docs.of("أجرى الرئيس اليمني عبد ربه منصور هادي مباحثات مع الملك سلمان في الرياض أمس. "
                + "وقال الوزير إن زيارة عبد ربه منصور هادي تأتي في وقت حساس.")
                .entity("عبد ربه منصور هادي", "PER").entity("الملك سلمان", "PER").entity("الرياض", "LOC").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("MEETING")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("مباحثات"));
    }

    @Test
    void theAimOfACampaignIsNoStrike() {
        var doc = Docs.of("وتواصل القوات منذ أشهر عملياتها التي تستهدف خلايا المتشددين في الجبال.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("ATTACK"));
        assertThat(events(Docs.of("واستهدفت الطائرات قافلة للمسلحين في الجبال.").build()))
                .extracting(Event::type).containsExactly("ATTACK");
    }

    @Test
    void aHospitalReceivingTheWoundedIsNoMeeting() {
        var doc = Docs.of("وقال الطبيب إن المستشفى استقبل منذ الصباح سبعة جرحى وجثتين. واستقبلت المستشفيات الميدانية عشرات المصابين.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("MEETING"));
        assertThat(events(Docs.of("واستقبل الملك سلمان الرئيس الفرنسي فرانسوا هولاند في الرياض.").entity("الرياض", "LOC").build()))
                .extracting(Event::type).containsExactly("MEETING");
    }

    @Test
    void whatEffortOrAnInvitationLeadsToHasNotHappened() {
        var doc = Docs.of("ويكثف رجال الأمن جهودهم للقبض على بقية أفراد العصابة في حي النسيم. "
                + "وتسعى الجماعة المسلحة إلى استهداف المنشآت النفطية في الجنوب.")
                .entity("النسيم", "LOC").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).contains("ARREST", "ATTACK");
        assertThat(asserted(e)).isEmpty();
        assertThat(asserted(events(Docs.of("وقبضت الشرطة على أفراد العصابة في حي النسيم.").entity("النسيم", "LOC").build())))
                .extracting(Event::type).containsExactly("ARREST");
    }

    @Test
    void aCommaBeforeTheTriggerDoesNotHideAnAttempt() {
        var doc = Docs.of("وقالت المصادر، إن القوات تحاول استعادة مدينة الرمادي.").entity("الرمادي", "LOC").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("TAKEOVER")).isNotEmpty().allMatch(Event::hypothetical);
    }

    @Test
    void theMannerOfAnActIsNotTheAct() {
        var doc = Docs.of("واتفق الوزيران على كيفية قتال التنظيم في المنطقة.").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("CLASH")).allMatch(Event::hypothetical);
    }

    @Test
    void aRoleARecordOrAnEnvoyIsNoGround() {
        var doc = Docs.of("واستعادت الشركة مكانتها في السوق العالمية. وطردت الحكومة السفير الإيراني من العاصمة. "
                + "وحرر أفراد الدورية محضرا بالواقعة في المركز.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("TAKEOVER"));
        assertThat(events(Docs.of("واستعادت القوات مدينة الرمادي من المسلحين.").entity("الرمادي", "LOC").build()))
                .extracting(Event::type).containsExactly("TAKEOVER");
    }

    @Test
    void aCalmSituationUnderControlIsNoTakeover() {
        var doc = Docs.of("وأكد المسؤول أن الأوضاع في المدينة هادئة ومستقرة وتحت السيطرة.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("TAKEOVER"));
    }

    @Test
    void minesClearedOrDefusedHitNoOne() {
        var doc = Docs.of("وواصلت الفرق الهندسية نزع الألغام من الحقول الزراعية. وتمكن الخبراء من تفكيك عبوة ناسفة قرب المدرسة.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("ATTACK"));
        assertThat(events(Docs.of("وانفجرت عبوة ناسفة قرب المدرسة.").build())).extracting(Event::type).containsExactly("ATTACK");
    }

    @Test
    void aDangerToSecurityIsNoThreatMade() {
        var doc = Docs.of("وقال الوزير إن هذه الجماعات تهدد أمن المنطقة واستقرارها.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("THREAT"));
        assertThat(events(Docs.of("وهدد التنظيم الصحفيين الأجانب بالقتل.").entity("التنظيم", "ORG").build()))
                .extracting(Event::type).containsExactly("THREAT");
    }

    @Test
    void aDisasterSomeoneWasRescuedFromDidNotHappen() {
        var doc = Docs.of("وأنقذت فرق الدفاع المدني طفلا (8 أعوام) من الغرق في البحيرة.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("DISASTER"));
        assertThat(events(Docs.of("وغرق طفل في البحيرة أمس.").build())).extracting(Event::type).containsExactly("DISASTER");
    }

    @Test
    void newTriggersReadTheirObjectOrTheirWholePhrase() {
        var seized = Docs.of("وضبطت الشرطة ثلاثة مطلوبين في حي النسيم. وضبطت الجمارك كميات من الأسلحة في الميناء.")
                .entity("النسيم", "LOC").build();
        assertThat(events(seized)).extracting(Event::type).containsExactly("ARREST");
        var disasters = Docs.of("وأدى ثوران بركان في الجزيرة إلى إلغاء الرحلات. وتوفي شخصان في حادث مروري على الطريق السريع.").build();
        assertThat(events(disasters)).extracting(Event::type).containsOnly("DISASTER").isNotEmpty();
        var stones = Docs.of("ورشق شبان الدورية بالحجارة عند مدخل البلدة.").build();
        assertThat(events(stones)).extracting(Event::type).containsExactly("ATTACK");
        assertThat(events(Docs.of("وأعيد الجنود الذين وقعوا أسرى في أيدي المسلحين إلى ذويهم.").entity("المسلحين", "ORG").build()))
                .extracting(Event::type).contains("ARREST");
    }

    @Test
    void whatCouldNotBeDoneOrIsToBeDoneDidNotHappen() {
        var doc = Docs.of("وتعذر وصول المساعدات الغذائية إلى مدينة تعز. "
                + "وقال القائد إن العمل سيستمر حتى يتم تطهير مدينة تعز من المسلحين. "
                + "وأصدر التنظيم قرارا باعتقال كل من ينشر أخبار المدينة في تعز.").entity("تعز", "LOC").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).contains("AID", "MILITARY_OPERATION", "ARREST");
        assertThat(asserted(e)).isEmpty();
    }

    @Test
    void freeingHostagesAndCleaningAreNoTakeoverOrSweep() {
        var doc = Docs.of("ونجحت القوات في تحرير الرهائن المحتجزين في الفندق. "
                + "وقامت فرق البلدية بعمليات تطهير وتنظيف للأسواق الشعبية.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("TAKEOVER") || e.type().equals("MILITARY_OPERATION"));
    }

    @Test
    void anEventDatedToATimeStillToComeIsAPlan() {
        var coming = Docs.of("وتنظم النقابات غدا الأحد مظاهرة أمام البرلمان في الرباط.")
                .entity("غدا الأحد", "DATE", "2015-08-09").entity("الرباط", "LOC").build();
        assertThat(events(coming)).filteredOn(e -> e.type().equals("PROTEST")).isNotEmpty().allMatch(Event::hypothetical);
        var past = Docs.of("ونظمت النقابات أمس مظاهرة أمام البرلمان في الرباط.")
                .entity("أمس", "DATE", "2015-08-07").entity("الرباط", "LOC").build();
        assertThat(asserted(events(past))).extracting(Event::type).containsExactly("PROTEST");
    }

    @Test
    void neverBeforeAWishAComingVerbOrAScheduledSummitTellNoHappening() {
        var doc = Docs.of("ولم يسبق للتنظيم في المدينة أن فجر مسجدا. "
                + "وتمنى الأهالي أن تشهد المدينة عملية تحرير قريبة من قبضة المسلحين. "
                + "وسيشن التحالف غارات على مواقع المسلحين في الجبال. "
                + "وتحدث الوزير عن القمة التي ستعقد في باريس.").entity("باريس", "LOC").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).contains("ATTACK", "TAKEOVER", "MEETING");
        assertThat(asserted(e)).isEmpty();
    }

    @Test
    void aDangerDescribedIsNoThreat() {
        var doc = Docs.of("وحذر الوزير من التصعيد الخطير الذي يهدد السلام في المنطقة. "
                + "وقال إن السدود تهدد مواردها المائية.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("THREAT"));
    }

    @Test
    void otherSensesOfMarchExecutionDealAndRelief() {
        var doc = Docs.of("ودعا الوزير إلى دفع مسيرة السلام بين الطرفين. وعرض الوساطة في قضية إعدام الرئيس السابق. "
                + "وتخلف لاعب فريق الاتفاق عن السفر. ويكابد عمال الإغاثة لوقف انتشار الوباء. "
                + "وانتقد الوزير الدور الأوروبي في تشجيع الاتفاق.").build();
        assertThat(asserted(events(doc))).isEmpty();
    }

    @Test
    void aCallThatCarriedAStatementIsNoMeeting() {
        var doc = Docs.of("وقال المتحدث باسم التحالف في اتصال هاتفي، إن العمليات مستمرة. "
                + "وقال الوزير في اتصال هاتفي أجرته معه الصحيفة إن الوضع هادئ.").build();
        assertThat(events(doc)).noneMatch(e -> e.type().equals("MEETING"));
    }

    @Test
    void fightingAsAnAimOrAPlaceIsNoClash() {
        var doc = Docs.of("وسافر عشرات الشبان إلى سوريا للقتال في صفوف التنظيم. "
                + "وتطوعت فتيات للذهاب إلى مناطق القتال في سوريا.").entity("سوريا", "LOC").build();
        assertThat(asserted(events(doc))).noneMatch(e -> e.type().equals("CLASH"));
    }

    @Test
    void aDefeatACullOrAPenaltyInLawIsNoEvent() {
        var doc = Docs.of("وانتهت المواجهة الانتخابية بهزيمة الحزب الحاكم. "
                + "وأدى انتشار إنفلونزا الطيور إلى إعدام ملايين من الدجاجات في المزارع. "
                + "وينص القانون على عقوبات تصل إلى الإعدام. "
                + "وتسبب الحكم في طرد كابتن الفريق بعد أن لمس الكرة بيده.").build();
        assertThat(asserted(events(doc))).isEmpty();
    }

    @Test
    void whatHappenedIsNoNegation() {
        var doc = Docs.of("وقال المحافظ إن ما حدث من تفجير في المسجد عمل جبان. ولم تقصف الطائرات القرية.").build();
        var attacks = events(doc).stream().filter(e -> e.type().equals("ATTACK")).toList();
        assertThat(attacks).extracting(e -> e.trigger().text(), Event::negated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("تفجير", false), org.assertj.core.groups.Tuple.tuple("تقصف", true));
    }

    @Test
    void attacksPreventedDidNotHappen() {
        var doc = Docs.of("وساعدت الأجهزة الأمنية على منع وقوع هجمات على المنشآت الرياضية.").build();
        assertThat(asserted(events(doc))).noneMatch(e -> e.type().equals("ATTACK"));
    }

    @Test
    void someoneTrappedInAWreckIsNoArrest() {
        var doc = Docs.of("وتبين وجود حالة احتجاز لامرأة داخل المركبة استدعى تدخل الدفاع المدني. "
                + "وأدى الحادث إلى احتجاز السائق داخل سيارته. واحتجزت الشرطة ثلاثة أشخاص في المدينة.").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("ARREST")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("واحتجزت"));
    }

    @Test
    void helpInArmsOrSecurityIsNoRelief() {
        var doc = Docs.of("وأشار إلى المساعدات الأمنية التي قدمتها فرنسا وألمانيا لروسيا. "
                + "وتلقى الجيش مساعدات عسكرية من الولايات المتحدة. ووصلت المساعدات الغذائية التي أرسلتها الجمعية إلى مدينة تعز.")
                .entity("تعز", "LOC").build();
        assertThat(events(doc)).filteredOn(e -> e.type().equals("AID")).singleElement()
                .satisfies(e -> assertThat(doc.text().substring(e.sentence().start(), e.sentence().end())).contains("الجمعية"));
    }

    @Test
    void stonesOrFirebombsThrownAtSomeoneAreAnAttack() {
        var doc = Docs.of("وأصيب شرطي في وجهه حين ألقيت عليه حجارة من فوق الجسر. "
                + "وألقى الوزير كلمة في الحفل. وألقت الشرطة القبض على رجل في السوق.").build();
        assertThat(events(doc)).extracting(Event::type).containsExactly("ATTACK", "ARREST");
    }

    @Test
    void roadAccidentsAreToldByTheirKind() {
        var doc = Docs.of("توفي شخص وأصيب أربعة إثر حادث انقلاب على طريق المطار. "
                + "وأصيب رجل وزوجته إثر ارتطام مركبتهم بعامود كهرباء. ونفذ الجيش انقلابا على الحكومة.").build();
        assertThat(events(doc)).extracting(Event::type).containsExactly("DISASTER", "DISASTER");
    }

    @Test
    void anOperationNamedByItsDoerIsAMilitaryOperation() {
        var since = Docs.of("ووسعت المقاومة المناطق التي استرجعتها منذ بدء عمليات التحالف قبل أربعة أشهر.").build();
        assertThat(events(since)).extracting(Event::type).containsExactly("MILITARY_OPERATION");
        var air = Docs.of("وتواصل الطائرات الحملة الجوية التي يشنها التحالف على المتمردين.").build();
        assertThat(events(air)).extracting(Event::type).containsExactly("MILITARY_OPERATION");
    }

    @Test
    void aWideAttackIsAnOffensive() {
        var doc = Docs.of("وبدأت قوات النظام هجوما واسعا على مدينة الزهراء منذ أسبوع. وشن مسلحون هجوما على حاجز للشرطة في القرية.")
                .entity("الزهراء", "LOC").build();
        assertThat(events(doc)).extracting(Event::type).containsExactly("MILITARY_OPERATION", "ATTACK");
    }

    @Test
    void whatIsCalledForHasNotHappened() {
        var doc = Docs.of("وقال الأمير سعود الفيصل إن الوضع يتطلب عقد قمة عربية طارئة.").entity("سعود الفيصل", "PERS").build();
        assertThat(events(doc)).extracting(Event::type).containsExactly("MEETING");
        assertThat(asserted(events(doc))).isEmpty();
    }

    @Test
    void anActRefusedDidNotHappen() {
        var refused = Docs.of("وحاصرت القوات المسلحين في مدينة الزهراء لكنهم رفضوا الاستسلام.").entity("الزهراء", "LOC").build();
        assertThat(events(refused)).filteredOn(x -> x.type().equals("ARREST")).singleElement()
                .satisfies(x -> assertThat(x.negated()).isTrue());
        var gaveUp = Docs.of("واستسلم عشرة مسلحين للقوات في مدينة الزهراء.").entity("الزهراء", "LOC").build();
        assertThat(asserted(events(gaveUp))).extracting(Event::type).containsExactly("ARREST");
    }

    @Test
    void reliefNamedAsAnAimIsNotGiven() {
        var doc = Docs.of("وتهدف الهدنة إلى فتح الطرق لإيصال المساعدات إلى مدينة تعز.").entity("تعز", "LOC").build();
        assertThat(events(doc)).extracting(Event::type).contains("AID");
        assertThat(asserted(events(doc))).noneMatch(x -> x.type().equals("AID"));
    }
}
