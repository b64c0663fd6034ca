package org.rasid.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;

/**
 * An ordered, validated list of stages. Built once, then applied to any number of documents from any thread.
 */
public final class Pipeline {
    /** Layers present on every document before the first stage runs (made by {@link org.rasid.core.Article}). */
    public static final Set<Layer<?>> INPUT_LAYERS = Set.of(Layers.PARAGRAPHS);

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Every stage on the class path, ordered so that each runs after the stages providing what it requires. */
    public static Pipeline standard() {
        var found = new ArrayList<Stage>();
        ServiceLoader.load(Stage.class).forEach(found::add);
        return ordered(found);
    }

    /** Orders stages by their requirements (name breaks ties, so the order is stable) and validates them. */
    public static Pipeline ordered(List<Stage> candidates) {
        var byName = new LinkedHashMap<String, Stage>();
        candidates.stream().sorted(Comparator.comparing(Stage::name)).forEach(s -> {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalStateException("two stages are named '" + s.name() + "'");
            }
        });
        var available = new HashSet<Layer<?>>(INPUT_LAYERS);
        var order = new ArrayList<Stage>();
        var pending = new ArrayList<>(byName.values());
        while (!pending.isEmpty()) {
            Stage next = pending.stream().filter(s -> available.containsAll(s.requires())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("stages with unmet requirements: " + describe(pending, available)));
            pending.remove(next);
            order.add(next);
            available.addAll(next.provides());
        }
        return new Pipeline(order);
    }

    private static String describe(List<Stage> pending, Set<Layer<?>> available) {
        return pending.stream().map(s -> s.name() + " needs " + s.requires().stream()
                        .filter(l -> !available.contains(l)).map(Layer::name).collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    public Document process(Document doc) {
        for (Stage stage : stages) {
            doc = stage.process(doc);
        }
        return doc;
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }

    @Override
    public String toString() {
        return "Pipeline" + names();
    }
}
