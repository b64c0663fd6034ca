package org.rasid.extract.relations;

import org.rasid.core.Span;

/** A stated relation between two actors ({@code subject} and {@code object} are actor ids) and the words saying it. */
public record Relation(String subject, String predicate, String object, Evidence evidence) {
    public record Evidence(int start, int end) implements Span {
    }
}
