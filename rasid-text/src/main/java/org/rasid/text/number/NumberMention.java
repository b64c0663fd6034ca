package org.rasid.text.number;

import org.rasid.core.Span;

/** An amount found in a text: NUMBER, MONEY or PERCENT, with its span (modifier and unit included). */
public record NumberMention(int start, int end, Type type, Quantity value) implements Span {
    public enum Type { NUMBER, MONEY, PERCENT }

    public NumberMention {
        Span.check(start, end);
    }
}
