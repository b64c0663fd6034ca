package org.rasid.core.model;

import org.rasid.core.Span;

/**
 * One clitic or morpheme of a token (و+ب+ال+كتاب). {@code form} is the segment as a dictionary would write it,
 * which may differ from the covered characters: in للمحتوى the article ال is written as one ل, so its segment
 * covers that ل but has the form "ال".
 */
public record Segment(int start, int end, String form, Kind kind) implements Span {
    public enum Kind {
        /** و ف ب ك ل س and the article ال. */
        prefix,
        stem,
        /** Inflection suffixes: ة ات ون ين ان ت ... */
        suffix,
        /** Attached pronouns: ه ها هم هما هن ك كم كن ي نا. */
        pronoun
    }

    public Segment {
        Span.check(start, end);
    }
}
