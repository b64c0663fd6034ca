package org.rasid.text.date;

import java.util.Map;

/** Days of the month written as ordinals: الأول، الثالث، الحادي عشر، الحادي والعشرين، الثلاثين. */
final class OrdinalDays {
    private static final Map<String, Integer> UNITS = Map.of("الاول", 1, "الحادي", 1, "الثاني", 2, "الثالث", 3,
            "الرابع", 4, "الخامس", 5, "السادس", 6, "السابع", 7, "الثامن", 8, "التاسع", 9);
    private static final Map<String, Integer> TENS = Map.of("العاشر", 10, "العشرين", 20, "الثلاثين", 30);

    /** An ordinal day over tokens {@code [start, end)}. */
    record Match(int day, int end) {
    }

    private OrdinalDays() {
    }

    static Match at(TokenWindow w, int i) {
        String n = w.norm(i);
        Integer tens = TENS.get(n);
        if (tens != null) {
            return new Match(tens, i + 1);
        }
        Integer unit = UNITS.get(n);
        if (unit == null) {
            return null;
        }
        String next = w.norm(i + 1);
        if (next.equals("عشر")) {
            return new Match(10 + unit, i + 2);
        }
        if (next.startsWith("و") && TENS.containsKey(next.substring(1)) && !next.equals("والعاشر")) {
            return new Match(TENS.get(next.substring(1)) + unit, i + 2);
        }
        return n.equals("الحادي") ? null : new Match(unit, i + 1);
    }
}
