package org.rasid.text.date;

import java.time.DayOfWeek;
import java.util.Map;

/** Weekday names with the article, as news writes them: الأحد، الاثنين ... السبت. */
final class Weekdays {
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY,
            "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY,
            "السبت", DayOfWeek.SATURDAY);

    private Weekdays() {
    }

    /** The weekday named at token {@code i} (والأحد allowed), or null. */
    static DayOfWeek at(TokenWindow w, int i) {
        DayOfWeek d = DAYS.get(w.norm(i));
        return d != null ? d : DAYS.get(w.bare(i));
    }
}
