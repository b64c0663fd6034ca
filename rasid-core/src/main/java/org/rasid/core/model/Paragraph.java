package org.rasid.core.model;

import org.rasid.core.Span;

/** A block of the analysed text: the title, a sub-heading, or a body paragraph. */
public record Paragraph(int start, int end, Kind kind) implements Span {
    public enum Kind { title, heading, paragraph }

    public Paragraph {
        Span.check(start, end);
    }
}
