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
            case YEAR -> padded(d.getYear(), 4);
            case MONTH -> padded(d.getYear(), 4) + "-" + padded(d.getMonthValue(), 2);
            case WEEK -> padded(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + padded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case DAY -> d.toString();
        };
    }

    /** {@code String.format("%0<width>d", n)} for the years of news (0..9999) without a formatter: it runs per date found. */
    private static String padded(int n, int width) {
        if (n < 0 || n > 9999) {
            return String.format("%0" + width + "d", n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
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
