package org.rasid.text.normalize;

import java.util.Arrays;
import org.rasid.core.Span;

/**
 * A normalized view of a text: the normalized string plus, for each of its chars, the range of original
 * chars it came from. A char removed by normalization (a diacritic, a tatweel) belongs to the kept char
 * before it, so a span on the normalized text maps back to the whole original word, marks included.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = Arrays.copyOf(starts, text.length());
        this.ends = Arrays.copyOf(ends, text.length());
    }

    /** The normalized string. */
    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    public int length() {
        return text.length();
    }

    /** The original offset where normalized char {@code i} starts. */
    public int originalStart(int i) {
        return i < text.length() ? starts[i] : original.length();
    }

    /** The original span of the normalized span {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") outside " + text.length() + " chars");
        }
        int s = originalStart(start);
        int e = end == start ? s : ends[end - 1];
        return new OriginalSpan(s, e);
    }

    private record OriginalSpan(int start, int end) implements Span {
    }
}
