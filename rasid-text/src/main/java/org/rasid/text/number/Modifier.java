package org.rasid.text.number;

import java.util.List;

/** Words before (or after) an amount that hedge or bound it: نحو 100، أكثر من 100، 100 تقريبا. */
enum Modifier {
    /** نحو، قرابة، حوالي، زهاء، ما يقارب، ما يناهز X: keep X, flag approx. */
    APPROX(List.of("نحو"), List.of("قرابه"), List.of("حوالي"), List.of("زهاء"), List.of("ما", "يقارب"),
            List.of("ما", "يقرب", "من"), List.of("ما", "يناهز"), List.of("يناهز")),
    /** أكثر من، ما يزيد على/عن، أزيد من، أكثر من X: at least X+1 for whole X, no upper bound. */
    MORE_THAN(List.of("اكثر", "من"), List.of("ما", "يزيد", "علي"), List.of("ما", "يزيد", "عن"), List.of("ازيد", "من"),
            List.of("ما", "يربو", "علي"), List.of("يزيد", "علي"), List.of("يزيد", "عن")),
    /** ما لا يقل عن X، على الأقل: at least X. */
    AT_LEAST(List.of("ما", "لا", "يقل", "عن"), List.of("لا", "يقل", "عن")),
    /** أقل من X: at most X-1 for whole X, lower bound 0. */
    LESS_THAN(List.of("اقل", "من")),
    /** ما لا يزيد على X: at most X. */
    AT_MOST(List.of("ما", "لا", "يزيد", "علي"), List.of("ما", "لا", "يزيد", "عن"), List.of("لا", "يزيد", "علي"),
            List.of("لا", "يزيد", "عن"));

    /** The first word of every phrase, bare and with a clitic (بنحو، وأكثر). */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();

    static {
        for (Modifier m : values()) {
            for (List<String> phrase : m.phrases) {
                for (String clitic : new String[] {"", "و", "ف", "ب", "ل"}) {
                    FIRST_WORDS.add(clitic + phrase.get(0));
                }
            }
        }
    }

    private final List<List<String>> phrases;

    @SafeVarargs
    Modifier(List<String>... phrases) {
        this.phrases = List.of(phrases);
    }

    /** Whether a phrase of some modifier may start with the word {@code norm}. */
    static boolean mayStart(String norm) {
        return FIRST_WORDS.contains(norm);
    }

    List<List<String>> phrases() {
        return phrases;
    }

    /** The quantity as this modifier bounds it. */
    Quantity apply(Quantity q) {
        double min = q.min().doubleValue();
        double max = q.max().doubleValue();
        boolean whole = min == Math.rint(min) && max == Math.rint(max);
        return switch (this) {
            case APPROX -> q.approximate();
            case MORE_THAN -> q.withBounds(Quantity.number(whole ? max + 1 : max), null);
            case AT_LEAST -> q.withBounds(q.min(), null);
            case LESS_THAN -> q.withBounds(0L, Quantity.number(whole ? min - 1 : min));
            case AT_MOST -> q.withBounds(0L, q.max());
        };
    }
}
