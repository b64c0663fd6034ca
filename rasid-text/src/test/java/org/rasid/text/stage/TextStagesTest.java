package org.rasid.text.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Article;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Token;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.text.number.Quantity;

class TextStagesTest {
    private static Document analyze(String published, String title, String... paragraphs) {
        var blocks = java.util.Arrays.stream(paragraphs).map(p -> new Article.Block(p, Paragraph.Kind.paragraph)).toList();
        var article = new Article(Metadata.of("test").withPublished(published), title, blocks);
        return Pipeline.standard().process(article.toDocument());
    }

    @Test
    void standardPipelineRunsTokensThenSentencesAndTimex() {
        List<String> names = Pipeline.standard().names();
        assertThat(names).contains("tokens", "sentences", "timex");
        assertThat(names.indexOf("tokens")).isLessThan(names.indexOf("sentences")).isLessThan(names.indexOf("timex"));
    }

    @Test
    void addsTypedEntitiesWithValuesSortedByStart() {
        Document doc = analyze("2021-08-27", "عنوان", "قتل نحو 100 شخص أمس، ودفعت الحكومة 5 ملايين دولار، بنسبة 3.5% عند الساعة 10:30 م.");
        List<Entity> entities = doc.get(Layers.ENTITIES);
        assertThat(entities).extracting(Entity::type).containsExactly("NUMBER", "DATE", "MONEY", "PERCENT", "TIME");
        assertThat(entities).extracting(Entity::text).containsExactly("نحو 100", "أمس", "5 ملايين دولار", "3.5%", "الساعة 10:30 م");
        assertThat(entities.get(0).value()).isEqualTo(new Quantity(100L, 100L, true, null));
        assertThat(entities.get(1).value()).isEqualTo("2021-08-26");
        assertThat(entities.get(2).value()).isEqualTo(new Quantity(5_000_000L, 5_000_000L, false, "USD"));
        assertThat(entities.get(4).value()).isEqualTo("22:30");
        for (Entity e : entities) {
            assertThat(doc.covered(e)).isEqualTo(e.text());
        }
    }

    @Test
    void keepsEntitiesOfOtherStagesAndNeverOverlapsThem() {
        Document base = analyze(null, "عنوان", "وصل فريق القاهرة 24 أمس إلى 3 مدن.");
        String text = base.text();
        int org = text.indexOf("القاهرة 24");
        int date = text.indexOf("أمس");
        var ner = List.of(new Entity(org, org + "القاهرة 24".length(), "ORG", "القاهرة 24", null, null),
                new Entity(date, date + 3, "DATE", "أمس", null, null));
        // drop the timex entities, keep the NER ones, and run timex again on top of them
        Document doc = new TimexStage().process(base.with(Layers.ENTITIES, ner));
        List<Entity> entities = doc.get(Layers.ENTITIES);
        assertThat(entities).extracting(Entity::type).containsExactly("ORG", "DATE", "NUMBER");
        assertThat(entities.get(2).text()).isEqualTo("3");
    }

    @Test
    void anAmountReplacesTheMiscOrNationalityWordsInsideIt() {
        Document base = analyze(null, "عنوان", "دفعت 60 مليون دولار أمريكي لفريق القاهرة 24.");
        String text = base.text();
        int dollar = text.indexOf("دولار");
        int american = text.indexOf("أمريكي");
        int cairo = text.indexOf("القاهرة 24");
        var earlier = List.of(new Entity(dollar, dollar + 5, "MISC", "دولار", null, null),
                new Entity(american, american + 6, "NORP", "أمريكي", "iso3166:US", null),
                new Entity(cairo, cairo + "القاهرة 24".length(), "ORG", "القاهرة 24", null, null));
        List<Entity> entities = new TimexStage().process(base.with(Layers.ENTITIES, earlier)).get(Layers.ENTITIES);
        assertThat(entities).extracting(Entity::type, Entity::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MONEY", "60 مليون دولار أمريكي"),
                org.assertj.core.groups.Tuple.tuple("ORG", "القاهرة 24"));
    }

    @Test
    void aNumberOpeningAListItemIsNoAmount() {
        Document doc = analyze(null, "عنوان", "1 - يحق لكل مرشح تقديم 3 أسماء.", "2) يجب إعداد المحضر.", "25 مرشحا تقدموا.");
        assertThat(doc.get(Layers.ENTITIES)).extracting(Entity::text).containsExactly("3", "25");
    }

    @Test
    void relativeDatesWithoutPublicationHaveNoValue() {
        Document doc = analyze(null, "عنوان", "وقع الهجوم أمس.");
        assertThat(doc.get(Layers.ENTITIES)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("DATE");
            assertThat(e.value()).isNull();
        });
    }

    @Test
    void documentWithoutParagraphsIsOneBlock() {
        Document doc = new TokenStage().process(Document.of(Metadata.of("t"), "نص قصير. وجملة"));
        doc = new SentenceStage().process(doc);
        assertThat(doc.get(Layers.TOKENS)).extracting(Token::text).containsExactly("نص", "قصير", ".", "وجملة");
        assertThat(doc.get(Layers.SENTENCES)).hasSize(2);
    }
}
