package org.rasid.text.date;

import java.util.Map;

/**
 * Month names: the Egyptian/Gulf Gregorian set (يناير..ديسمبر), the Levantine/Iraqi set (كانون الثاني..كانون
 * الأول), a few Maghrebi forms (جانفي، فيفري، أوت), and the Hijri months, by SEARCH-normalized forms.
 */
final class Months {
    enum Calendar { GREGORIAN, HIJRI }

    /** A month name over tokens {@code [start, end)}. */
    record Match(Calendar calendar, int month, int end) {
    }

    private static final Map<String, Integer> GREGORIAN = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("جانفي", 1), Map.entry("فبراير", 2), Map.entry("فيفري", 2),
            Map.entry("شباط", 2), Map.entry("مارس", 3), Map.entry("اذار", 3), Map.entry("ابريل", 4),
            Map.entry("افريل", 4), Map.entry("نيسان", 4), Map.entry("مايو", 5), Map.entry("ايار", 5),
            Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("جوان", 6), Map.entry("حزيران", 6),
            Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("جويليه", 7), Map.entry("تموز", 7),
            Map.entry("اغسطس", 8), Map.entry("اغسطش", 8), Map.entry("اوت", 8), Map.entry("اب", 8),
            Map.entry("سبتمبر", 9), Map.entry("ايلول", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11),
            Map.entry("ديسمبر", 12));
    /** Two-word Levantine names, also without the article: كانون الثاني = January, تشرين أول = October. */
    private static final Map<String, Integer> GREGORIAN_PAIRS = Map.of(
            "كانون الثاني", 1, "تشرين الاول", 10, "تشرين الثاني", 11, "كانون الاول", 12,
            "كانون ثاني", 1, "تشرين اول", 10, "تشرين ثاني", 11, "كانون اول", 12);
    /** First words of the two-word names, so that only they pay for building a pair. */
    private static final java.util.Set<String> PAIR_HEADS = java.util.Set.of("كانون", "تشرين", "ربيع", "جمادي", "ذو", "ذي");
    private static final Map<String, Integer> HIJRI = Map.of(
            "محرم", 1, "صفر", 2, "رجب", 7, "شعبان", 8, "رمضان", 9, "شوال", 10);
    private static final Map<String, Integer> HIJRI_PAIRS = Map.ofEntries(
            Map.entry("ربيع الاول", 3), Map.entry("ربيع الثاني", 4), Map.entry("ربيع الاخر", 4),
            Map.entry("جمادي الاولي", 5), Map.entry("جمادي الاول", 5), Map.entry("جمادي الاخره", 6),
            Map.entry("جمادي الثانيه", 6), Map.entry("جمادي الثاني", 6), Map.entry("جمادي الاخر", 6),
            Map.entry("ذو القعده", 11), Map.entry("ذي القعده", 11), Map.entry("ذو الحجه", 12), Map.entry("ذي الحجه", 12));

    private Months() {
    }

    /** The month name at token {@code i} (a clitic on it allowed: بيناير), or null. */
    static Match at(TokenWindow w, int i) {
        if (i >= w.size()) {
            return null;
        }
        Integer m;
        if (PAIR_HEADS.contains(w.bare(i))) {
            String pair = w.bare(i) + " " + w.norm(i + 1);
            if ((m = GREGORIAN_PAIRS.get(pair)) != null) {
                return new Match(Calendar.GREGORIAN, m, i + 2);
            }
            if ((m = HIJRI_PAIRS.get(pair)) != null) {
                return new Match(Calendar.HIJRI, m, i + 2);
            }
        }
        if ((m = lookup(GREGORIAN, w, i)) != null) {
            return new Match(Calendar.GREGORIAN, m, i + 1);
        }
        return (m = lookup(HIJRI, w, i)) != null ? new Match(Calendar.HIJRI, m, i + 1) : null;
    }

    private static Integer lookup(Map<String, Integer> names, TokenWindow w, int i) {
        Integer m = names.get(w.norm(i));
        return m != null ? m : names.get(w.bare(i));
    }
}
