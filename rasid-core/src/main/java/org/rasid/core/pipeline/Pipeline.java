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
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

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

    /**
     * Orders stages by their requirements (name breaks ties, so the order is stable) and validates them.
     *
     * <p>A stage that both requires and provides a layer <em>adds to</em> it (e.g. date entities added to the
     * named entities): it runs after the stages that create the layer, and every stage that only reads the
     * layer runs after all the stages that add to it. A layer nobody creates starts empty for those that add.
     */
    public static Pipeline ordered(List<Stage> candidates) {
        var byName = new LinkedHashMap<String, Stage>();
        candidates.stream().sorted(Comparator.comparing(Stage::name)).forEach(s -> {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalStateException("two stages are named '" + s.name() + "'");
            }
        });
        var pending = new ArrayList<>(byName.values());
        for (Stage s : pending) {
            for (Layer<?> layer : s.requires()) {
                boolean addsToIt = s.provides().contains(layer);
                if (!addsToIt && !INPUT_LAYERS.contains(layer) && pending.stream().noneMatch(p -> p.provides().contains(layer))) {
                    throw new IllegalStateException("stage " + s.name() + " needs layer '" + layer + "' that no stage provides");
                }
            }
        }
        var order = new ArrayList<Stage>();
        while (!pending.isEmpty()) {
            Stage next = pending.stream().filter(s -> ready(s, pending)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("stages wait on each other: " + describe(pending)));
            pending.remove(next);
            order.add(next);
        }
        return new Pipeline(order);
    }

    /** Whether every stage that {@code s} must wait for has left {@code pending}. */
    private static boolean ready(Stage s, List<Stage> pending) {
        for (Layer<?> layer : s.requires()) {
            boolean addsToIt = s.provides().contains(layer);
            for (Stage other : pending) {
                if (other != s && other.provides().contains(layer)
                        && (!addsToIt || !other.requires().contains(layer))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String describe(List<Stage> pending) {
        return pending.stream().map(s -> s.name() + " needs " + s.requires().stream().map(Layer::name)
                .collect(Collectors.joining(","))).collect(Collectors.joining("; "));
    }

    /**
     * Runs every stage on {@code doc}. A stage that fails with anything but a {@link RasidException} is a bug;
     * it is reported as {@link Problem#ANALYSIS} naming the document and the stage, so callers can go on with
     * the next document.
     */
    public Document process(Document doc) {
        for (Stage stage : stages) {
            try {
                doc = stage.process(doc);
            } catch (RasidException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RasidException(Problem.ANALYSIS, doc.meta().source(),
                        "internal error in stage '" + stage.name() + "' (please report it): " + e, e);
            }
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
