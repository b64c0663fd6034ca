package org.rasid.extract.quotes;

import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Paragraph;
import org.rasid.core.pipeline.Stage;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorIndex;

/** Adds the {@code quotes} layer: who said what, with the speaker resolved to an actor where one is named. */
public final class QuotesStage implements Stage {
    private final QuoteFinder finder = new QuoteFinder();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, ExtractLayers.ACTORS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ExtractLayers.QUOTES);
    }

    @Override
    public Document process(Document doc) {
        var actors = ActorIndex.of(doc.get(ExtractLayers.ACTORS));
        Paragraph title = doc.get(Layers.PARAGRAPHS).stream().filter(p -> p.kind() == Paragraph.Kind.title).findFirst().orElse(null);
        return doc.with(ExtractLayers.QUOTES, finder.find(doc.text(), doc.get(Layers.TOKENS), doc.get(Layers.SENTENCES), actors, title));
    }
}
