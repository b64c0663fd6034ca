package org.rasid.extract.quotes;

import org.rasid.core.Span;

/**
 * One reporting act. {@code [start,end)} covers the reported content; {@code speaker} is an actor id, or null for
 * an unnamed source whose description stays in {@code speakerText}; {@code verb} is the reporting word as written
 * (قال، مشيرا، وفقا ...); {@code medium} is where it was said when the text names it.
 */
public record Quote(int start, int end, String content, boolean direct, String speaker, String speakerText, String role,
                    String verb, String medium) implements Span {
    public Quote {
        Span.check(start, end);
    }
}
