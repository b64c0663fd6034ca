package org.rasid.text.segment;

import java.util.List;
import org.rasid.core.model.Segment;

/**
 * Writes segmentations the way the Farasa gold does: segment forms joined by {@code +} (ل+ال+محتوى). Characters
 * glued to a word that are not Arabic letters or marks (punctuation, quotes) stay attached, unsegmented, so that
 * a word stays one item.
 */
public final class FarasaFormat {
    private FarasaFormat() {
    }

    public static String join(List<Segment> segments) {
        var b = new StringBuilder();
        for (Segment s : segments) {
            if (b.length() > 0) {
                b.append('+');
            }
            b.append(s.form());
        }
        return b.toString();
    }

    /** One whitespace-free word, segmented: leading and trailing non-letters are kept around its segments. */
    public static String word(Segmenter segmenter, String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !ArabicLetters.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !ArabicLetters.isLetter(word.charAt(end - 1)) && !ArabicLetters.isMark(word.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return word;
        }
        return word.substring(0, start) + join(segmenter.segment(word, start, end)) + word.substring(end);
    }
}
