package org.rasid.core;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;

/**
 * What a reader hands to the pipeline: a cleaned article as a title and a list of blocks, plus metadata.
 * {@link #toDocument()} lays it out as the analysed text.
 */
public record Article(Metadata meta, String title, List<Block> blocks) {
    /** One heading or body paragraph of cleaned text. */
    public record Block(String text, Paragraph.Kind kind) {
    }

    public Article {
        blocks = List.copyOf(blocks);
    }

    /**
     * The analysed text is the title, a blank line, then the blocks separated by blank lines; the
     * {@code paragraphs} layer records where each one lies.
     */
    public Document toDocument() {
        var text = new StringBuilder();
        var paragraphs = new ArrayList<Paragraph>();
        if (title != null && !title.isBlank()) {
            paragraphs.add(append(text, title.strip(), Paragraph.Kind.title));
        }
        for (Block block : blocks) {
            if (!block.text().isBlank()) {
                paragraphs.add(append(text, block.text().strip(), block.kind()));
            }
        }
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        var m = new Metadata(meta.source(), meta.url(), cleanTitle, meta.published(), meta.author(), meta.language(),
                meta.removed(), meta.warnings());
        return Document.of(m, text.toString()).with(Layers.PARAGRAPHS, paragraphs);
    }

    private static Paragraph append(StringBuilder text, String block, Paragraph.Kind kind) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(block);
        return new Paragraph(start, text.length(), kind);
    }
}
