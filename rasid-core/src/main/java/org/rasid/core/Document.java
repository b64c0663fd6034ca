package org.rasid.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.core.model.Metadata;

/**
 * One analysed article: the text, never rewritten, and stand-off annotation layers whose spans index into it.
 * Immutable: a stage returns a new document with the layers it adds, so a document can be shared between
 * threads and Spark executors freely.
 */
public record Document(Metadata meta, String text, Map<Layer<?>, List<?>> layers) {
    public Document {
        var copy = new LinkedHashMap<Layer<?>, List<?>>();
        layers.forEach((layer, list) -> copy.put(layer, List.copyOf(list)));
        layers = Collections.unmodifiableMap(copy);
    }

    public static Document of(Metadata meta, String text) {
        return new Document(meta, text, Map.of());
    }

    /** The annotations of one layer, empty when the layer is absent. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        return (List<T>) layers.getOrDefault(layer, List.of());
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layerKeys() {
        return layers.keySet();
    }

    /** A copy with {@code layer} set to {@code annotations} (replacing any previous list). */
    public <T> Document with(Layer<T> layer, List<? extends T> annotations) {
        for (Object a : annotations) {
            if (a instanceof Span s && s.end() > text.length()) {
                throw new IllegalArgumentException(layer + " span " + s + " ends past the text (" + text.length() + ")");
            }
        }
        var copy = new LinkedHashMap<>(layers);
        copy.remove(layer); // keep insertion order = order in which stages ran
        copy.put(layer, List.copyOf(annotations));
        return new Document(meta, text, copy);
    }

    public Document withMeta(Metadata newMeta) {
        return new Document(newMeta, text, layers);
    }

    /** Covered text of a span. */
    public String covered(Span span) {
        return text.substring(span.start(), span.end());
    }
}
