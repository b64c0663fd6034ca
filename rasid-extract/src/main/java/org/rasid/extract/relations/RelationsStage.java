package org.rasid.extract.relations;

import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.pipeline.Stage;
import org.rasid.extract.ExtractLayers;

/** Adds the {@code relations} layer: what the text states about how two actors stand to each other. */
public final class RelationsStage implements Stage {
    private final RelationFinder finder = new RelationFinder();

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, ExtractLayers.ACTORS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ExtractLayers.RELATIONS);
    }

    @Override
    public Document process(Document doc) {
        return doc.with(ExtractLayers.RELATIONS, finder.find(doc.text(), doc.get(Layers.SENTENCES), doc.get(ExtractLayers.ACTORS)));
    }
}
