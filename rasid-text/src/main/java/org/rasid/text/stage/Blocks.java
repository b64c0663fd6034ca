package org.rasid.text.stage;

import java.util.List;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Paragraph;

/** The paragraphs a stage works on: the document's, or the whole text as one when it has none. */
final class Blocks {
    private Blocks() {
    }

    static List<Paragraph> of(Document doc) {
        List<Paragraph> paragraphs = doc.get(Layers.PARAGRAPHS);
        if (paragraphs.isEmpty() && !doc.text().isBlank()) {
            return List.of(new Paragraph(0, doc.text().length(), Paragraph.Kind.paragraph));
        }
        return paragraphs;
    }
}
