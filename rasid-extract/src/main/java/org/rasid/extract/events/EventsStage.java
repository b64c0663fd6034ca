package org.rasid.extract.events;

import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Paragraph;
import org.rasid.core.pipeline.Stage;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorIndex;

/** Adds the {@code events} layer: what happened, who did it to whom, where, when and at what cost. */
public final class EventsStage implements Stage {
    private final EventFinder finder = new EventFinder();

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> requires() {
        // quotes first: who reports an event in a statement is not its actor
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, ExtractLayers.ACTORS, ExtractLayers.QUOTES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ExtractLayers.EVENTS);
    }

    @Override
    public Document process(Document doc) {
        var paragraphs = doc.get(Layers.PARAGRAPHS);
        Paragraph title = paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.title).findFirst().orElse(null);
        return doc.with(ExtractLayers.EVENTS, finder.find(doc.text(), doc.get(Layers.SENTENCES), doc.get(Layers.ENTITIES),
                ActorIndex.of(doc.get(ExtractLayers.ACTORS)), title, paragraphs,
                doc.get(ExtractLayers.QUOTES)));
    }
}
