package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.core.pipeline.Stage;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.text.ElidedArticle;

/** Adds the {@code actors} layer and gives each entity that names an actor its actor id. */
public final class ActorsStage implements Stage {
    private final ActorResolver resolver;
    private final ApposedNames apposed;
    private final NameExtension extension;
    private final OrgPersonSplit orgPersonSplit;

    /** The stage found by the pipeline: the shared in-memory registry seeded from the module's resources. */
    public ActorsStage() {
        this(InMemoryActorRegistry.shared());
    }

    public ActorsStage(ActorRegistry registry) {
        this.resolver = new ActorResolver(registry);
        var words = new NameWords(registry);
        this.apposed = new ApposedNames(words);
        this.extension = new NameExtension(words);
        this.orgPersonSplit = new OrgPersonSplit(registry, words);
    }

    /** The standard pipeline with this stage on {@code registry} (e.g. a store's) instead of the shared one. */
    public static Pipeline standardPipeline(ActorRegistry registry) {
        return Pipeline.ordered(Pipeline.standard().stages().stream()
                .map(s -> s instanceof ActorsStage ? new ActorsStage(registry) : s).toList());
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ExtractLayers.ACTORS, Layers.ENTITIES);
    }

    @Override
    public Document process(Document doc) {
        var tokens = doc.get(Layers.TOKENS);
        var entities = extension.apply(doc.text(), apposed.apply(doc.text(),
                orgPersonSplit.apply(doc.text(), tokens, doc.get(Layers.ENTITIES))));
        // the resolver reads each entity by the name it denotes (للعراق: العراق), the layer keeps the text as written
        var named = new ArrayList<Entity>(entities.size());
        for (Entity e : entities) {
            String name = ElidedArticle.restored(tokens, e.start(), e.text());
            named.add(name.equals(e.text()) ? e : new Entity(e.start(), e.end(), e.type(), name, e.value(), e.actor()));
        }
        var result = resolver.resolve(doc.text(), named);
        var linked = new ArrayList<Entity>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Entity n = named.get(i);
            String id = result.idOf().get(new ActorResolver.Mention(n.start(), n.end(), n.text(), n.type()));
            linked.add(id == null ? entities.get(i) : entities.get(i).withActor(id));
        }
        return doc.with(Layers.ENTITIES, linked).with(ExtractLayers.ACTORS, result.actors());
    }
}
