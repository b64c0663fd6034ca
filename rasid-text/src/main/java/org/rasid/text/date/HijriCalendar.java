package org.rasid.text.date;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/** Converts Hijri dates to Gregorian with ICU4J's Umm al-Qura calendar, the one Saudi and Gulf news use. */
final class HijriCalendar {
    private HijriCalendar() {
    }

    /** The Gregorian date of Hijri {@code year-month-day} (month 1..12), or null when it does not exist. */
    static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1300 || year > 1600) {
            return null;
        }
        IslamicCalendar cal = calendar();
        cal.clear();
        cal.set(year, month - 1, 1);
        if (day > cal.getActualMaximum(IslamicCalendar.DAY_OF_MONTH)) {
            return null;
        }
        cal.set(IslamicCalendar.DAY_OF_MONTH, day);
        long days = Math.floorDiv(cal.getTimeInMillis(), 86_400_000L);
        return LocalDate.ofEpochDay(days);
    }

    /** The Hijri year in which Gregorian {@code date} falls. */
    static int hijriYear(LocalDate date) {
        IslamicCalendar cal = calendar();
        cal.setTimeInMillis(date.toEpochDay() * 86_400_000L);
        return cal.get(IslamicCalendar.EXTENDED_YEAR);
    }

    private static IslamicCalendar calendar() {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return cal;
    }
}
