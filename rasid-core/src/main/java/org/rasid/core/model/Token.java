package org.rasid.core.model;

import java.util.List;
import org.rasid.core.Span;

/**
 * A surface token. {@code text} is exactly {@code document.text().substring(start, end)}; {@code norm} is its
 * normalized form (see the text module's normalizer); {@code segments} are its clitic segments in order.
 */
public record Token(int start, int end, String text, String norm, Type type, List<Segment> segments) implements Span {
    public enum Type { word, number, punct, latin, url, email, hashtag, mention, symbol }

    public Token {
        Span.check(start, end);
        segments = List.copyOf(segments);
    }
}
