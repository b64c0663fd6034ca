package org.rasid.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Sentence;

/** Hand-built documents for rule tests: one paragraph, sentences split after each ". ", entities by surface form. */
public final class Docs {
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private String published;

    private Docs(String text) {
        this.text = text;
    }

    public static Docs of(String text) {
        return new Docs(text);
    }

    /** Adds an entity at every occurrence of {@code surface}. */
    public Docs entity(String surface, String type) {
        return entity(surface, type, null);
    }

    public Docs entity(String surface, String type, Object value) {
        int at = text.indexOf(surface);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + surface);
        }
        while (at >= 0) {
            entities.add(new Entity(at, at + surface.length(), type, surface, value, null));
            at = text.indexOf(surface, at + surface.length());
        }
        return this;
    }

    public Docs published(String iso) {
        this.published = iso;
        return this;
    }

    public Document build() {
        var sentences = new ArrayList<Sentence>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                sentences.add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }
        if (start < text.length()) {
            sentences.add(new Sentence(start, text.length()));
        }
        entities.sort(java.util.Comparator.comparingInt(Entity::start));
        return Document.of(Metadata.of("test").withPublished(published), text)
                .with(Layers.PARAGRAPHS, List.of(new Paragraph(0, text.length(), Paragraph.Kind.paragraph)))
                .with(Layers.SENTENCES, sentences)
                .with(Layers.ENTITIES, entities);
    }
}
