package org.rasid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.junit.jupiter.api.Test;

class ArticleTest {
    @Test
    void laysOutTitleAndBlocksSeparatedByBlankLinesWithExactSpans() {
        var article = new Article(Metadata.of("x"), " طالبان وداعش ",
                List.of(new Article.Block("عنوان فرعي", Paragraph.Kind.heading), new Article.Block("  ", Paragraph.Kind.paragraph),
                        new Article.Block("فقرة أولى.", Paragraph.Kind.paragraph)));
        Document doc = article.toDocument();
        assertThat(doc.text()).isEqualTo("طالبان وداعش\n\nعنوان فرعي\n\nفقرة أولى.");
        assertThat(doc.get(Layers.PARAGRAPHS)).extracting(p -> doc.covered(p) + "/" + p.kind())
                .containsExactly("طالبان وداعش/title", "عنوان فرعي/heading", "فقرة أولى./paragraph");
        assertThat(doc.meta().title()).isEqualTo("طالبان وداعش");
    }

    @Test
    void contentIdIsStableAndDependsOnText() {
        assertThat(DocumentJson.contentId("أ")).hasSize(16).isEqualTo(DocumentJson.contentId("أ"))
                .isNotEqualTo(DocumentJson.contentId("ا"));
    }
}
