package org.rasid.core;

/** A half-open range {@code [start, end)} of Java {@code String} indices into {@link Document#text()}. */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    /** The characters this span covers in {@code text}. */
    default String in(String text) {
        return text.substring(start(), end());
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
