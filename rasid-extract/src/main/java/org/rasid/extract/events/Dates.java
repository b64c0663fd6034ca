package org.rasid.extract.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.rasid.extract.text.Word;

/**
 * Resolves the date words of a sentence against the publication date: أمس (day before), أمس الأول / أول من أمس
 * (two days before), اليوم, a weekday (the latest such day on or before publication), الشهر/الأسبوع الماضي (YYYY-MM),
 * العام الماضي and a year alone (YYYY), a month name with its day or year.
 */
final class Dates {
    record Found(String iso, int start, int end, int index) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY,
            "الثلاثاء", DayOfWeek.TUESDAY, "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY,
            "الجمعه", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("يناير", 1), Map.entry("فبراير", 2),
            Map.entry("مارس", 3), Map.entry("ابريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يوليو", 7),
            Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11),
            Map.entry("ديسمبر", 12), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8), Map.entry("ايلول", 9));

    private Dates() {
    }

    static LocalDate parse(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Every date expression of the sentence, in order. {@code published} may be null (then only years resolve). */
    static List<Found> in(List<Word> words, LocalDate published) {
        var out = new java.util.ArrayList<Found>();
        for (int i = 0; i < words.size(); i++) {
            String n = words.get(i).bare();
            String next = i + 1 < words.size() ? words.get(i + 1).norm() : "";
            String prev = i > 0 ? words.get(i - 1).norm() : "";
            int end = i + 1;
            String iso = null;
            if (published != null && (n.equals("امس") || n.equals("البارحه"))) {
                boolean before = next.equals("الاول") || prev.equals("من") && i > 1 && words.get(i - 2).bare().equals("اول");
                iso = published.minusDays(before ? 2 : 1).toString();
                end = next.equals("الاول") ? i + 2 : end;
            } else if (published != null && n.equals("اليوم") && !prev.equals("عين")) {
                iso = published.toString();
            } else if (published != null && WEEKDAYS.containsKey(n)) {
                var day = WEEKDAYS.get(n);
                var d = published;
                while (d.getDayOfWeek() != day) {
                    d = d.minusDays(1);
                }
                iso = d.toString();
            } else if (published != null && (n.equals("الشهر") || n.equals("الاسبوع") || n.equals("العام")) && next.equals("الماضي")) {
                var d = n.equals("الشهر") ? published.minusMonths(1) : n.equals("الاسبوع") ? published.minusWeeks(1) : published.minusYears(1);
                iso = n.equals("العام") ? String.valueOf(d.getYear()) : d.toString().substring(0, 7);
                end = i + 2;
            } else if (MONTHS.containsKey(n)) {
                iso = month(words, i, published);
            } else if (n.matches("(19|20)[0-9]{2}") && !next.matches("[0-9].*")) {
                iso = n;
            }
            if (iso != null) {
                out.add(new Found(iso, words.get(i).start(), words.get(end - 1).end(), i));
            }
        }
        return out;
    }

    private static String month(List<Word> words, int i, LocalDate published) {
        int m = MONTHS.get(words.get(i).bare());
        String prev = i > 0 ? words.get(i - 1).norm() : "";
        String next = i + 1 < words.size() ? words.get(i + 1).norm() : "";
        Integer year = next.matches("(19|20)[0-9]{2}") ? Integer.valueOf(next) : null;
        if (year == null && published == null) {
            return null;
        }
        if (year == null) {
            year = m > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        }
        if (prev.matches("[0-9]{1,2}") && Integer.parseInt(prev) >= 1 && Integer.parseInt(prev) <= 31) {
            return String.format("%04d-%02d-%02d", year, m, Integer.parseInt(prev));
        }
        return String.format("%04d-%02d", year, m);
    }
}
