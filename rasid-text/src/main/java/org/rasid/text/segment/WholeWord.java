package org.rasid.text.segment;

import java.util.List;
import org.rasid.core.model.Segment;

/** Leaves a word whole: one stem segment. Used for tokens that are not Arabic words. */
enum WholeWord implements Segmenter {
    INSTANCE;

    @Override
    public List<Segment> segment(String text, int start, int end) {
        return List.of(new Segment(start, end, text.substring(start, end), Segment.Kind.stem));
    }
}
