package org.rasid.text.date;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** ISO 8601 strings for each {@link Granularity}. */
final class IsoDates {
    private IsoDates() {
    }

    static String format(LocalDate d, Granularity g) {
        if (d == null) {
            return null;
        }
        return switch (g) {
            case YEAR -> String.format("%04d", d.getYear());
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> d.toString();
        };
    }

    /** The date, or null when year-month-day does not exist (31 February). */
    static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
