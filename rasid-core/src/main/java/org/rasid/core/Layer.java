package org.rasid.core;

import java.util.Objects;

/**
 * A typed key for one list of annotations on a {@link Document}, e.g. {@code tokens} or {@code entities}.
 * Each module declares the layers it provides as constants; the name is the field name in the JSON output,
 * so it must stay stable once published.
 */
public final class Layer<T> {
    private final String name;
    private final Class<T> type;

    private Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    // Layers are identified by name so that two modules declaring "tokens" mean the same layer.
    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> l && l.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
