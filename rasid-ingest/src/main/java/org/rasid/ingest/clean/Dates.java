package org.rasid.ingest.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.Span;
import org.rasid.text.date.DateFinder;

/**
 * Reads a publication date from a metadata value or a date line: ISO and numeric forms here, written Arabic
 * dates ("الأربعاء، 07 أكتوبر 2020") through the text module's {@link DateFinder}. Returns YYYY-MM-DD or null.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
    /** Levantine pages print both month names, "24 نيسان / أبريل 2020": the first one is enough. */
    private static final Pattern DUAL_MONTH = Pattern.compile("(\\p{L}+)\\s*/\\s*\\p{L}+");
    /** Words that go with a date on a date-only line ("published", "updated", weekdays, clock markers). */
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)(?<!\\p{L})(الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء"
            + "|الاربعاء|الخميس|الجمعة|السبت|يوم|تم|نشر|نشره|نشرت|نُشر|في|بتاريخ|آخر|اخر|تحديث|التاريخ|الساعة|ص|م|صباحا|صباحًا"
            + "|مساء|مساءً|مساءا|بتوقيت|am|pm|gmt|utc)(?!\\p{L})");

    private Dates() {
    }

    public static String find(String value) {
        if (value == null || value.isBlank()) {
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
        return DateFinder.parsePublicationDate(value).or(() -> DateFinder.parsePublicationDate(
                DUAL_MONTH.matcher(value).replaceAll("$1"))).map(LocalDate::toString).orElse(null);
    }

    /** True for a short line that holds a date and nothing else (a time stamp or "published" line). */
    public static boolean isDateOnly(String line) {
        if (line.length() > 80 || find(line) == null) {
            return false;
        }
        var rest = new StringBuilder(line);
        DateFinder.find(line, null).forEach(d -> blank(rest, d));
        DateFinder.findTimes(line).forEach(t -> blank(rest, t));
        String left = asciiDigits(rest.toString()).replaceAll("[\\p{N}\\p{P}\\p{S}]", " ");
        return DATE_WORDS.matcher(left).replaceAll(" ").isBlank();
    }

    private static void blank(StringBuilder sb, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            sb.setCharAt(i, ' ');
        }
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
