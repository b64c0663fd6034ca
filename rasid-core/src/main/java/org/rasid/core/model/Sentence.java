package org.rasid.core.model;

import org.rasid.core.Span;

public record Sentence(int start, int end) implements Span {
    public Sentence {
        Span.check(start, end);
    }
}
