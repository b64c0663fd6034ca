package org.rasid.core;

import org.rasid.core.model.Entity;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;

/** The layers every Rasid document can carry. Later stages may declare more layers in their own modules. */
public final class Layers {
    /** Title, headings and body paragraphs; made when an {@link Article} becomes a {@link Document}. */
    public static final Layer<Paragraph> PARAGRAPHS = Layer.of("paragraphs", Paragraph.class);
    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
    public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
    public static final Layer<Entity> ENTITIES = Layer.of("entities", Entity.class);

    private Layers() {
    }
}
