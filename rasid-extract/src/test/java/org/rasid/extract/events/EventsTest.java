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

    @Test
    void qadBeforeAPastVerbAssertsBeforeAPresentVerbHedges() {
        var doc = Docs.of("وكانت الشرطة قد اعتقلت ثلاثة مسلحين في حمص. وقد تشن الطائرات غارات على إدلب.")
                .entity("حمص", "LOC").entity("إدلب", "LOC").build();
        var e = events(doc);
        assertThat(e).filteredOn(x -> x.type().equals("ARREST")).singleElement()
                .satisfies(x -> assertThat(x.hypothetical()).isFalse());
        assertThat(e).filteredOn(x -> x.type().equals("ATTACK")).singleElement()
                .satisfies(x -> assertThat(x.hypothetical()).isTrue());
    }

    @Test
    void oneSentenceTellsTwoEventsOfATypeAtTwoPlaces() {
        var doc = Docs.of("شنت الطائرات ست غارات على دير الزور و12 غارة على الرقة.")
                .entity("دير الزور", "LOC").entity("الرقة", "LOC").build();
        var e = events(doc);
        assertThat(e).filteredOn(x -> x.type().equals("ATTACK")).hasSize(2)
                .extracting(Event::location).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void quotationMarksDoNotCutTheSubjectOff() {
        var doc = Docs.of("واستغلت حركة \"طالبان\" الفراغ وسيطرت على قندوز.").build();
        assertThat(events(doc)).filteredOn(x -> x.type().equals("TAKEOVER")).singleElement()
                .satisfies(x -> assertThat(x.actors()).contains("rasid:taliban"));
    }

    @Test
    void restatementAddsTheClaimantAndOtherSidesStaySeparate() {
        var merged = events(Docs.of("وقع هجوم في الموصل. وتبنى داعش الهجوم في الموصل.").build());
        assertThat(merged).singleElement().satisfies(x -> assertThat(x.actors()).contains("rasid:isis"));
        var two = events(Docs.of("هاجمت طالبان مركزا للشرطة في قندوز. وهاجم داعش سوقا شعبيا في قندوز.").build());
        assertThat(two).filteredOn(x -> x.type().equals("ATTACK")).hasSize(2);
    }

    @Test
    void triggerInsideANameOrACallToAnOutletIsNoEvent() {
        var doc = Docs.of("وقالت منظمة الإغاثة الإسلامية إن الوضع صعب. وقال المحافظ في اتصال هاتفي لـ«الحياة» إن المدينة هادئة. "
                + "وبحث الوزير في اتصال هاتفي مع نظيره في أنقرة الأزمة.").entity("منظمة الإغاثة الإسلامية", "ORG")
                .entity("أنقرة", "LOC").build();
        var e = events(doc);
        assertThat(e).extracting(Event::type).doesNotContain("AID");
        assertThat(e).filteredOn(x -> x.type().equals("MEETING")).singleElement()
                .satisfies(x -> assertThat(doc.text().substring(x.sentence().start(), x.sentence().end())).contains("نظيره"));
    }

    @Test
    void aDealIsPlacedOnlyByFiItsCountriesAreParties() {
        var e = events(Docs.of("ووقعت تركيا اتفاقية مع إيران.").build());
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo("AGREEMENT");
            assertThat(x.location()).isNull();
            assertThat(x.actors()).contains("iso3166:TR", "iso3166:IR");
        });
    }

    @Test
    void shellsAndMarchesAreEvents() {
        var e = events(Docs.of("سقطت قذيفة على حي سكني في حلب. وخرجت مسيرة احتجاجية في الخرطوم.")
                .entity("حلب", "LOC").entity("الخرطوم", "LOC").build());
        assertThat(e).extracting(Event::type).containsExactly("ATTACK", "PROTEST");
    }

    @Test
    void killingAtTheHandsOfAGroupIsAnAttackOnlyWhereNothingElseTellsIt() {
        var alone = events(Docs.of("وقتل مدنيون على يد داعش في الرقة.").entity("الرقة", "LOC").build());
        assertThat(alone).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo("ATTACK");
            assertThat(x.actors()).contains("rasid:isis");
        });
        var toll = events(Docs.of("وأسفر هجوم في الرقة عن مقتل مدنيين قتلوا على يد داعش.").entity("الرقة", "LOC").build());
        assertThat(toll).singleElement().satisfies(x -> assertThat(x.trigger().text()).isEqualTo("هجوم"));
    }

    @Test
    void stillGoingOnIsNotANegation() {
        var e = events(Docs.of("ولا تزال المعارك تدور قرب المطار. ولم تندلع اشتباكات قرب الميناء.").build());
        assertThat(e).extracting(Event::negated).containsExactly(false, true);
    }

    @Test
    void dawnIsNoBombing() {
        var e = events(Docs.of("وصل الوفد فجر اليوم إلى المطار. وفجر انتحاري نفسه في سوق ببغداد.").build());
        assertThat(e).singleElement().satisfies(x -> assertThat(x.trigger().text()).isEqualTo("وفجر"));
    }

    @Test
    void oneTriggerOverAListOfPlacesIsPlacedInTheirRegion() {
        var doc = Docs.of("اندلعت مواجهات عنيفة في مدينتي حمص وحماة بمحافظة درعا.")
                .entity("حمص", "LOC").entity("حماة", "LOC").entity("درعا", "LOC").build();
        var region = Docs.of("وقع هجوم في درعا.").entity("درعا", "LOC").build();
        assertThat(events(doc)).singleElement().satisfies(x ->
                assertThat(x.location()).isEqualTo(events(region).get(0).location()));
    }

    @Test
    void aidOrArrestNamingNeitherPartyNorPlaceIsAGenericMention() {
        var e = events(Docs.of("وتحتاج البلاد إلى المزيد من المساعدات الإنسانية. ووزعت الأمم المتحدة مساعدات إنسانية في حمص.")
                .entity("حمص", "LOC").build());
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location()).isNotNull());
    }

    @Test
    void verbEndingsAndOpenTaMarbutaStillFindTheirTrigger() {
        var e = events(Docs.of("وطردوا المسلحين من القرية في حمص. وأثنى الوزير على زيارته في حماة. وعاد الجندي إلى أسرته في إدلب.")
                .entity("حمص", "LOC").entity("حماة", "LOC").entity("إدلب", "LOC").build());
        assertThat(e).extracting(Event::type).containsExactly("TAKEOVER", "MEETING");
    }

    @Test
    void familiesAreNoCapture() {
        var e = events(Docs.of("وقدمت الجمعية مساعدات للأسر الفقيرة في جازان. وتم أسر عناصر مسلحة في حمص.")
                .entity("جازان", "LOC").entity("حمص", "LOC").build());
        assertThat(e).noneMatch(x -> x.trigger().text().startsWith("للأسر"));
        assertThat(e).filteredOn(x -> x.type().equals("ARREST")).singleElement()
                .satisfies(x -> assertThat(x.trigger().text()).startsWith("أسر"));
    }

    @Test
    void aDeploymentNeedsTroopsAndACampaignATarget() {
        var e = events(Docs.of("ونشرت الحكومة ألفي جندي في حلب. ونشرت الصحيفة تقريرا عن حلب. وشنت الشرطة حملة ضد المهربين في حمص. "
                + "وأطلقت الوزارة حملة توعية في حمص.").entity("حلب", "LOC").entity("حمص", "LOC").build());
        assertThat(e).extracting(x -> x.trigger().text()).containsExactly("ونشرت الحكومة ألفي جندي", "حملة ضد");
        assertThat(e).extracting(Event::type).containsOnly("MILITARY_OPERATION");
    }

    @Test
    void anAmbushIsAnAttackUnlessFightingFollows() {
        var alone = events(Docs.of("قتل ثلاثة جنود في كمين نصبه مسلحون قرب حمص.").entity("حمص", "LOC").build());
        assertThat(alone).extracting(Event::type).containsExactly("ATTACK");
        var fought = events(Docs.of("نصب الجنود كمينا للمسلحين واشتبكوا معهم قرب حمص.").entity("حمص", "LOC").build());
        assertThat(fought).extracting(Event::type).containsExactly("CLASH");
    }

    @Test
    void aDefiniteMentionWithoutAPlaceRefersBackToTheLastEventOfItsType() {
        var e = events(Docs.of("هاجم مسلحون مركزا للشرطة في حمص. وفي حلب وصل الوزير. وأدان داعش الهجوم ووصفه بالجبان.")
                .entity("حمص", "LOC").entity("حلب", "LOC").build());
        assertThat(e).filteredOn(x -> x.type().equals("ATTACK")).singleElement()
                .satisfies(x -> assertThat(x.actors()).contains("rasid:isis"));
    }

    @Test
    void aPlaceThatLocatesAnotherPlaceIsNotWhereTheEventHappened() {
        var doc = Docs.of("قتل خمسة أشخاص في انفجار بمدينة بعقوبة 57 كلم شمال شرق بغداد.")
                .entity("بعقوبة", "LOC").entity("بغداد", "LOC").build();
        var baquba = events(Docs.of("وقع انفجار في بعقوبة.").entity("بعقوبة", "LOC").build()).get(0).location();
        assertThat(events(doc)).singleElement().satisfies(x -> assertThat(x.location()).isEqualTo(baquba));
    }

    @Test
    void aPlaceADistanceIsMeasuredFromPlacesTheEventOnlyWhenNoOtherIsGiven() {
        var doc = Docs.of("اندلعت معارك في شمال البلاد على بعد مائة كلم جنوب دمشق بعد أن هاجم مسلحون مواقع في درعا.")
                .entity("دمشق", "LOC").entity("درعا", "LOC").build();
        var daraa = events(Docs.of("وقعت معارك في درعا.").entity("درعا", "LOC").build()).get(0).location();
        assertThat(events(doc)).filteredOn(x -> x.type().equals("CLASH")).singleElement()
                .satisfies(x -> assertThat(x.location()).isEqualTo(daraa));
        var alone = Docs.of("وقعت معارك عنيفة في منطقة جبلية تبعد 20 كم عن دمشق.").entity("دمشق", "LOC").build();
        var damascus = events(Docs.of("وقعت معارك في دمشق.").entity("دمشق", "LOC").build()).get(0).location();
        assertThat(events(alone)).singleElement().satisfies(x -> assertThat(x.location()).isEqualTo(damascus));
    }

    @Test
    void arsonShootingAndFallingIntoTheHandsOfAGroupAreEvents() {
        assertThat(typeOf("أضرم مستوطنون النار في منزل بقرية قرب حمص.")).isEqualTo("ATTACK");
        assertThat(typeOf("وأحرقوا سيارات الشرطة في حمص.")).isEqualTo("ATTACK");
        assertThat(typeOf("أطلق مسلحون النار على دورية للشرطة في حمص.")).isEqualTo("ATTACK");
        assertThat(typeOf("وقال المتحدث إن المعسكر سقط في أيديهم قرب حمص.")).isEqualTo("TAKEOVER");
        assertThat(typeOf("ووقع تبادل إطلاق الرصاص بين الشرطة ومسلحين في حمص.")).isEqualTo("CLASH");
        assertThat(events(Docs.of("وأطلقت الشرطة سراح المعتقلين في حمص.").entity("حمص", "LOC").build())).isEmpty();
    }

    private static String typeOf(String sentence) {
        var e = events(Docs.of(sentence).entity("حمص", "LOC").build());
        assertThat(e).as(sentence).hasSize(1);
        return e.get(0).type();
    }

    @Test
    void anAttackLaunchedToRetakeGroundIsAnOffensive() {
        var e = events(Docs.of("وشن الجيش هجوما واسعا لاستعادة مطار حلب. وشن مسلحون هجوما على حاجز في حمص.")
                .entity("حلب", "LOC").entity("حمص", "LOC").build());
        assertThat(e).extracting(Event::type).containsExactly("MILITARY_OPERATION", "ATTACK");
    }

    @Test
    void aDemonstrativePointsBackToTheEventAlreadyTold() {
        var e = events(Docs.of("وصلت مساعدات إنسانية إلى حمص. وقال المسؤول في حلب إن هذه المساعدات تكفي شهرا.")
                .entity("حمص", "LOC").entity("حلب", "LOC").build());
        assertThat(e).singleElement().satisfies(x -> assertThat(x.trigger().text()).isEqualTo("مساعدات إنسانية"));
    }

    @Test
    void aConflictGivenAsACauseOrTopicIsNoHappening() {
        var e = events(Docs.of("ونزح آلاف السكان من حمص بسبب النزاع. وبحث الوزير سبل حل النزاع في حلب. واندلع قتال عنيف في حماة.")
                .entity("حمص", "LOC").entity("حلب", "LOC").entity("حماة", "LOC").build());
        assertThat(e).filteredOn(x -> x.type().equals("CLASH")).singleElement()
                .satisfies(x -> assertThat(x.trigger().text()).isEqualTo("قتال"));
    }

    @Test
    void aRetellingThatNamesATownInTheCountryIsTheSameEventPlacedThere() {
        var e = events(Docs.of("قتل خمسة أشخاص خلال اشتباكات في شرق ليبيا. واندلع القتال أمس في بلدة أجدابيا.")
                .entity("أجدابيا", "LOC").build());
        var town = events(Docs.of("وقعت اشتباكات في أجدابيا.").entity("أجدابيا", "LOC").build()).get(0).location();
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location()).isEqualTo(town));
    }

    @Test
    void aMotiveInTheAccusativeIsNoProtest() {
        var e = events(Docs.of("وطردت الحكومة السفير احتجاجا على تصريحاته في عمان.").entity("عمان", "LOC").build());
        assertThat(e).extracting(Event::type).doesNotContain("PROTEST");
    }

    @Test
    void aWithdrawalOrTakeoverIsWhereItsFromPlaceIs() {
        var e = events(Docs.of("وطرد الجيش المسلحين من حمص بعد أسابيع في ريف حماة.")
                .entity("حمص", "LOC").entity("حماة", "LOC").build());
        var homs = events(Docs.of("وقع هجوم في حمص.").entity("حمص", "LOC").build()).get(0).location();
        assertThat(e).filteredOn(x -> x.type().equals("TAKEOVER")).singleElement()
                .satisfies(x -> assertThat(x.location()).isEqualTo(homs));
    }

    @Test
    void aDescribedGroupIsTheActorAndAVillageAfterItsNounThePlace() {
        var doc = new EventsStage().process(new ActorsStage().process(
                Docs.of("اعتقلت قوات الأمن أمس خمسة شبان في قرية دير نظام بعد مسيرة احتجاجية.").build()));
        var names = new java.util.HashMap<String, String>();
        doc.get(ExtractLayers.ACTORS).forEach(a -> names.put(a.id(), a.name()));
        assertThat(doc.get(ExtractLayers.EVENTS)).filteredOn(x -> x.type().equals("ARREST")).singleElement().satisfies(x -> {
            assertThat(x.actors()).map(names::get).containsExactly("قوات الأمن");
            assertThat(names.get(x.location())).isEqualTo("دير نظام");
        });
    }
}
