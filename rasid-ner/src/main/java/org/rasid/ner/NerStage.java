package org.rasid.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.pipeline.Stage;

/**
 * The {@code ner} stage: tags each sentence's tokens with the shipped model and adds PERS, ORG, LOC and MISC
 * entities. A name glued to a conjunction or preposition (وطالبان, بمطار) starts after the clitic, so the span
 * is the name itself; the article stays with the name as ANERcorp annotates it. The model loads on first use.
 */
public final class NerStage implements Stage {
    private final NerModel model;

    /** The stage with the shipped model (what ServiceLoader builds). */
    public NerStage() {
        this(null);
    }

    /** The stage with a given model; null means the shipped one, loaded lazily. */
    public NerStage(NerModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document process(Document doc) {
        NerModel m = model == null ? NerModel.shipped() : model;
        var entities = new ArrayList<>(doc.get(Layers.ENTITIES));
        List<List<Token>> sentences = sentences(doc);
        String[][] tags = m.tagDocument(sentences.stream()
                .map(s -> s.stream().map(Token::text).toArray(String[]::new)).toList());
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> sentence = sentences.get(k);
            for (EntityScorer.Chunk c : EntityScorer.chunks(List.of(tags[k]))) {
                Token first = sentence.get(c.start());
                int start = first.start() + m.procliticLength(first.text());
                int end = sentence.get(c.end() - 1).end();
                if (start < end) {
                    entities.add(new Entity(start, end, c.type(), doc.text().substring(start, end), null, null));
                }
            }
        }
        entities.sort(java.util.Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return doc.with(Layers.ENTITIES, entities);
    }

    /** Tokens grouped by sentence; without a sentences layer, the whole document is one sentence. */
    private static List<List<Token>> sentences(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        var out = new ArrayList<List<Token>>();
        if (sentences.isEmpty()) {
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
            return out;
        }
        int t = 0;
        for (Sentence s : sentences) {
            var group = new ArrayList<Token>();
            while (t < tokens.size() && tokens.get(t).start() < s.end()) {
                if (tokens.get(t).start() >= s.start()) {
                    group.add(tokens.get(t));
                }
                t++;
            }
            if (!group.isEmpty()) {
                out.add(group);
            }
        }
        return out;
    }
}
