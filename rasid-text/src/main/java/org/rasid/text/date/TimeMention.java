package org.rasid.text.date;

import org.rasid.core.Span;

/** A clock time found in a text, {@code value} as 24-hour HH:MM (10:30 م → 22:30). */
public record TimeMention(int start, int end, String value) implements Span {
    public TimeMention {
        Span.check(start, end);
    }
}
