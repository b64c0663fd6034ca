package org.rasid.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Document;
import org.rasid.extract.Docs;
import org.rasid.extract.ExtractLayers;

/** Groups named by description and places named after a settlement noun, on hand-written sentences. */
class DescribedActorsTest {
    private static List<Actor> actors(String text) {
        Document doc = new ActorsStage(InMemoryActorRegistry.fromResources()).process(Docs.of(text).build());
        return doc.get(ExtractLayers.ACTORS);
    }

    private static List<String> names(List<Actor> actors, String type) {
        return actors.stream().filter(a -> a.type().equals(type)).map(Actor::name).toList();
    }

    @Test
    void aCollectiveHeadWithDefiniteQualifiersIsAGroup() {
        var a = actors("داهمت قوات الأمن منزلا في الحي، واشتبكت عناصر القوات المسلحة مع مهربين، وانتشرت الأجهزة الأمنية قرب المبنى.");
        assertThat(names(a, "ORG")).contains("قوات الأمن", "عناصر القوات المسلحة", "الأجهزة الأمنية");
        var group = a.stream().filter(x -> x.name().equals("قوات الأمن")).findFirst().orElseThrow();
        assertThat(group.mentions()).singleElement().satisfies(m -> assertThat(m.start()).isEqualTo(6));
    }

    @Test
    void aParticipleOfPlaceEndsTheGroupsName() {
        var a = actors("وطالب البرلمان برحيل القوات الأجنبية الموجودة في البلاد.");
        assertThat(names(a, "ORG")).contains("القوات الأجنبية").doesNotContain("القوات الأجنبية الموجودة");
    }

    @Test
    void standaloneCollectivesAndIndefiniteOnesWithAnAdjectiveAreGroups() {
        var a = actors("فرقت الشرطة المتظاهرين بعد أن هاجم مسلحون مجهولون نقطة تفتيش، وقال إن للشرطة العسكرية دورا.");
        assertThat(names(a, "ORG")).contains("الشرطة", "المتظاهرين", "مسلحون مجهولون", "شرطة العسكرية");
    }

    @Test
    void thingsAndBareIndefinitesAreNoGroup() {
        var a = actors("بيعت الوحدات السكنية وأجهزة الكمبيوتر، ووصل جنود إلى الساحة، ثم عادت قوات كبيرة والقوات التي انسحبت.");
        assertThat(names(a, "ORG")).isEmpty();
    }

    @Test
    void theNominativeOfAnArmedCollectiveIsAGroupAlone() {
        var a = actors("وفي المساء أحرق مستوطنون منزلا في القرية، ثم أطلق مسلحون النار على الحافلة وقتلوا ثلاثة مسلحين.");
        assertThat(names(a, "ORG")).contains("مستوطنون", "مسلحون").doesNotContain("مسلحين");
    }

    @Test
    void settlersAndFightersWithARelativeAdjectiveAreGroups() {
        var a = actors("واقتحم المستوطنون اليهود باحات المسجد، وصد المقاتلون القبليون الهجوم، ونقل المقاتلين إلى المستشفى.");
        assertThat(names(a, "ORG")).contains("المستوطنون اليهود", "المقاتلون القبليون").doesNotContain("المقاتلين");
    }

    @Test
    void suicideBombersNamedByTheAdjectiveAreAGroupButNotTheAttackItQualifies() {
        var a = actors("هاجم انتحاريان مركزا للشرطة، وفجر مهاجم انتحاري نفسه في السوق بعد هجوم انتحاري وتفجيرين انتحاريين "
                + "بحزام انتحاري.");
        assertThat(names(a, "ORG")).containsExactlyInAnyOrder("انتحاريان", "مهاجم انتحاري", "شرطة");
    }

    @Test
    void theNameAfterASettlementNounIsAPlace() {
        var a = actors("تظاهر سكان قرية كفرناحوم، وقصفت الطائرات معسكر الرميلة وبلدة عين الورد في منطقة الشيخ مرزوق.");
        assertThat(names(a, "LOC")).contains("كفرناحوم", "الرميلة", "عين الورد", "الشيخ مرزوق");
    }

    @Test
    void descriptionsAndCommonNounsAfterASettlementNounAreNoPlace() {
        var a = actors("أقيمت منطقة عازلة في منطقة الحدود، وبنيت مدينة جديدة قرب حي سكني، ثم دخلوا منطقة وقرى أخرى. "
                + "وزاروا منطقة الفعاليات بعد قضاء العيد في حي آخر ثم في منطقة للألعاب.");
        assertThat(names(a, "LOC")).isEmpty();
    }

    @Test
    void aNameTypedAsAPersonOrABodyAfterASettlementNounIsAPlace() {
        Document doc = Docs.of("فجر انتحاري نفسه في بلدة كفر الورد، وقصفت الطائرات قاعدة «الرميلة» ومنطقة الشيخ مرزوق، "
                + "وافتتح الوزير مطار الأمير سعود.").entity("كفر الورد", "PERS").entity("الرميلة", "ORG")
                .entity("مرزوق", "PERS").entity("الأمير سعود", "PERS").build();
        var a = new ActorsStage(InMemoryActorRegistry.fromResources()).process(doc).get(ExtractLayers.ACTORS);
        assertThat(names(a, "LOC")).contains("كفر الورد", "الرميلة", "مرزوق");
        assertThat(names(a, "PERS")).containsExactly("الأمير سعود"); // a facility named after a person
    }

    @Test
    void aBodyAfterABoycottOrACampStaysABody() {
        Document doc = Docs.of("دعا الحزب إلى مقاطعة حركة النهضة، وقصفت الطائرات معسكر الحوثيين.")
                .entity("حركة النهضة", "ORG").build();
        var a = new ActorsStage(InMemoryActorRegistry.fromResources()).process(doc).get(ExtractLayers.ACTORS);
        assertThat(names(a, "LOC")).isEmpty();
    }

    @Test
    void aPlaceNameMayEndInAlifMaqsuraOrStandInQuotes() {
        var a = actors("قصفت الطائرات مواقع في محافظة ديالى وفي مدينة \"تل الزهور\"، ثم في منطقة وسطى من قرى قرب الحدود.");
        assertThat(names(a, "LOC")).containsExactlyInAnyOrder("ديالى", "تل الزهور");
    }
}
