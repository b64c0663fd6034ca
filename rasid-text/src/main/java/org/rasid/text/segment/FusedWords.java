package org.rasid.text.segment;

import java.util.List;
import java.util.Map;
import org.rasid.core.model.Segment.Kind;

/**
 * Function words that fuse two words into one spelling (مما = من+ما, لابد = لا+بد), which no affix grammar
 * can cut, and أيضا, whose stem never occurs alone. A closed class, listed once here.
 */
final class FusedWords {
    private static final Map<String, List<Piece>> WORDS = Map.of(
            "مما", pieces(1, "من", 2, "ما"),
            "ممن", pieces(1, "من", 2, "من"),
            "عما", pieces(1, "عن", 2, "ما"),
            "عمن", pieces(1, "عن", 2, "من"),
            "حسبما", pieces(3, "حسب", 2, "ما"),
            "لابد", pieces(2, "لا", 2, "بد"),
            "مازال", pieces(2, "ما", 3, "زال"),
            "أيضا", List.of(new Piece(3, "أيض", Kind.stem), new Piece(1, "ا", Kind.suffix)));

    private FusedWords() {
    }

    /** The pieces of a fused word spelled without marks, or null. */
    static List<Piece> get(String letters) {
        return WORDS.get(letters);
    }

    private static List<Piece> pieces(int n1, String form1, int n2, String form2) {
        return List.of(new Piece(n1, form1, Kind.stem), new Piece(n2, form2, Kind.stem));
    }
}
