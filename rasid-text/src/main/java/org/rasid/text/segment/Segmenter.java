package org.rasid.text.segment;

import java.util.List;
import org.rasid.core.model.Segment;

/** Splits one word token into its clitic segments (و+ب+ال+كتاب). Implementations are thread-safe. */
public interface Segmenter {
    /**
     * The segments of the word {@code text.substring(start, end)}, in order, with spans in the coordinates of
     * {@code text}; together they cover {@code [start, end)} exactly.
     */
    List<Segment> segment(String text, int start, int end);

    /** The segmenter Rasid uses by default. */
    static Segmenter standard() {
        return CliticSegmenter.standard();
    }
}
