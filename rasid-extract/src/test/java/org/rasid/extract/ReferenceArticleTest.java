package org.rasid.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Article;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.extract.actors.Actor;

/** The done-when checks of the extraction issue on the project's reference article (examples/). */
class ReferenceArticleTest {
    @Test
    void referenceArticle() throws Exception {
        String raw = Files.readString(Path.of("..", "examples", "taliban-isis-k.txt"));
        var blocks = java.util.Arrays.stream(raw.split("\\n\\s*\\n")).skip(1)
                .map(b -> new Article.Block(b, Paragraph.Kind.paragraph)).toList();
        var doc = Pipeline.standard().process(new Article(Metadata.of("ref").withPublished("2021-08-27"),
                raw.split("\\n")[0], blocks).toDocument());
        var actors = doc.get(ExtractLayers.ACTORS);
        var names = actors.stream().flatMap(a -> a.aliases().stream()).toList();
        assertThat(names).contains("طالبان", "داعش خراسان", "القاعدة", "كابول", "أفغانستان", "ننغرهار");
        Actor isisK = actors.stream().filter(a -> a.aliases().contains("داعش خراسان")).findFirst().orElseThrow();
        assertThat(isisK.aliases()).contains("داعش خرسان");

        var quotes = doc.get(ExtractLayers.QUOTES);
        assertThat(quotes).extracting(q -> q.speakerText() + "|" + q.verb())
                .contains("مارك ميلي|أعرب", "دانيال بايمان|أكد", "دانيال بايمان|أشار", "أحمد بان|قال", "أحمد بان|أكد",
                        "أحمد بان|متابعا");
        assertThat(quotes).filteredOn(q -> "قال".equals(q.verb())).singleElement()
                .satisfies(q -> assertThat(q.medium()).isEqualTo("القاهرة 24"));
        assertThat(quotes).filteredOn(q -> "مارك ميلي".equals(q.speakerText())).first()
                .satisfies(q -> assertThat(q.role()).isEqualTo("رئيس أركان الجيش الأمريكي"));

        var events = doc.get(ExtractLayers.EVENTS);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("ATTACK");
            assertThat(names(actors, e.location())).contains("مطار كابول");
            assertThat(e.date()).isEqualTo("2021-08-26");
            assertThat(e.casualties().killed().min()).isGreaterThanOrEqualTo(100);
            assertThat(e.casualties().killed().max()).isLessThan(1000).isGreaterThan(e.casualties().killed().min());
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2019");
            assertThat(names(actors, e.location())).contains("ننغرهار");
        });
        assertThat(doc.get(ExtractLayers.RELATIONS)).anySatisfy(r -> {
            assertThat(r.predicate()).isEqualTo("ENEMY_OF");
            assertThat(List.of(r.subject(), r.object())).containsExactlyInAnyOrder(isisK.id(), "rasid:taliban");
        });
    }

    private static List<String> names(List<Actor> actors, String id) {
        return actors.stream().filter(a -> a.id().equals(id)).flatMap(a -> a.aliases().stream()).toList();
    }
}
