package org.rasid.ingest.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a metadata value or a short date line: ISO and numeric forms, English month
 * abbreviations, and Arabic month names (Egyptian and Levantine). Returns YYYY-MM-DD or null.
 * The Arabic part is a small hook, to be handed to the text module's date parser when it exists.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(?<!\\d)(\\d{1,2})[\\s\\-/.،,]*([\\p{L} /]{3,24}?)[\\s\\-/.،,]*(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("كانون الثاني", 1), Map.entry("jan", 1),
            Map.entry("فبراير", 2), Map.entry("شباط", 2), Map.entry("feb", 2),
            Map.entry("مارس", 3), Map.entry("آذار", 3), Map.entry("اذار", 3), Map.entry("mar", 3),
            Map.entry("أبريل", 4), Map.entry("ابريل", 4), Map.entry("إبريل", 4), Map.entry("نيسان", 4), Map.entry("apr", 4),
            Map.entry("مايو", 5), Map.entry("أيار", 5), Map.entry("ايار", 5), Map.entry("may", 5),
            Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("حزيران", 6), Map.entry("jun", 6),
            Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("تموز", 7), Map.entry("jul", 7),
            Map.entry("أغسطس", 8), Map.entry("اغسطس", 8), Map.entry("آب", 8), Map.entry("اب", 8), Map.entry("aug", 8),
            Map.entry("سبتمبر", 9), Map.entry("أيلول", 9), Map.entry("ايلول", 9), Map.entry("sep", 9),
            Map.entry("أكتوبر", 10), Map.entry("اكتوبر", 10), Map.entry("تشرين الأول", 10), Map.entry("oct", 10),
            Map.entry("نوفمبر", 11), Map.entry("تشرين الثاني", 11), Map.entry("nov", 11),
            Map.entry("ديسمبر", 12), Map.entry("كانون الأول", 12), Map.entry("dec", 12));

    /** Words that accompany a date on a date-only line (weekdays, "published", clock markers). */
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)(?<!\\p{L})(الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء"
            + "|الخميس|الجمعة|السبت|يوم|نشر|نشرت|نُشر|في|بتاريخ|آخر تحديث|اخر تحديث|تحديث|التاريخ|الساعة|ص|م|am|pm|gmt|utc"
            + "|mon|tue|wed|thu|fri|sat|sun)(?!\\p{L})");
    private static final Pattern MONTH_WORDS = Pattern.compile("(?i)(?<!\\p{L})(" + String.join("|", MONTHS.keySet())
            + ")\\p{L}{0,6}(?!\\p{L})");

    private Dates() {
    }

    /** True for a short line that holds a date and nothing else (a time stamp or "published" line). */
    public static boolean isDateOnly(String line) {
        if (line.length() > 80 || find(line) == null) {
            return false;
        }
        String rest = line.replaceAll("[\\p{N}\\p{P}\\p{S}]", " ");
        rest = MONTH_WORDS.matcher(rest).replaceAll(" ");
        return DATE_WORDS.matcher(rest).replaceAll(" ").isBlank();
    }

    public static String find(String value) {
        if (value == null) {
            return null;
        }
        String s = asciiDigits(value);
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST.matcher(s);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = NAMED.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(2).strip());
            if (month != null) {
                return date(m.group(3), String.valueOf(month), m.group(1));
            }
        }
        return null;
    }

    /** A month name, or two joined by a slash ("نيسان / أبريل"), as its number. */
    private static Integer month(String name) {
        for (String part : name.split("/")) {
            Integer m = oneMonth(part.strip());
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Integer oneMonth(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(n);
        return month != null || n.length() < 3 ? month : MONTHS.get(n.substring(0, 3));
    }

    private static String date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Arabic-Indic and Extended Arabic-Indic digits as ASCII, so one set of patterns reads all. */
    static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + c - '\u0660');
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + c - '\u06F0');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
