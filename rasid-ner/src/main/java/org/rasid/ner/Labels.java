package org.rasid.ner;

import java.util.List;

/** The BIO label set over the four entity types, with index 0 = O. */
final class Labels {
    static final List<String> TYPES = List.of("PERS", "ORG", "LOC", "MISC");
    static final List<String> ALL = List.of("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");
    static final int COUNT = ALL.size();

    private Labels() {
    }

    static int index(String tag) {
        return ALL.indexOf(tag);
    }

    static boolean isInside(int label) {
        return label > 0 && label % 2 == 0;
    }

    /** Whether {@code next} may follow {@code prev} in BIO (an I- only continues its own type); -1 = sentence start. */
    static boolean allowed(int prev, int next) {
        return !isInside(next) || prev == next || prev == next - 1;
    }

    static String type(int label) {
        return label == 0 ? null : ALL.get(label).substring(2);
    }
}
