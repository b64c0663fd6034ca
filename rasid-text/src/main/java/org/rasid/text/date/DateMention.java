package org.rasid.text.date;

import org.rasid.core.Span;

/**
 * A date found in a text. {@code iso} is YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD (Hijri dates converted to
 * Gregorian), or null when the date is relative (أمس، الأحد الماضي) or lacks a year and no publication
 * date was given to resolve it against. {@code relative} is true when the value depends on that date.
 */
public record DateMention(int start, int end, String iso, Granularity granularity, boolean relative) implements Span {
    public DateMention {
        Span.check(start, end);
    }
}
