package org.rasid.extract.events;

import java.util.List;
import java.util.Map;
import org.rasid.extract.events.Event.Range;
import org.rasid.extract.text.Word;

/**
 * Reads a count written in digits or words at a position: "23", "٢٣", "خمسة", "خمسة وعشرين", "40 ألف", and vague
 * plurals as ranges (عشرات 20-99, مئات 200-999, آلاف 2000-9999). "أكثر من N" runs from N+1 to just below the next
 * round figure (350 → 351-399); approximations (نحو، حوالي) and "at least" (على الأقل) keep N.
 */
final class Counts {
    record Count(Range range, int start, int end) {
    }

    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("واحد", 1L), Map.entry("واحده", 1L),
            Map.entry("اثنان", 2L), Map.entry("اثنين", 2L), Map.entry("اثنتين", 2L), Map.entry("اثنتان", 2L),
            Map.entry("ثلاثه", 3L), Map.entry("ثلاث", 3L), Map.entry("اربعه", 4L), Map.entry("اربع", 4L),
            Map.entry("خمسه", 5L), Map.entry("خمس", 5L), Map.entry("سته", 6L), Map.entry("ست", 6L), Map.entry("سبعه", 7L),
            Map.entry("سبع", 7L), Map.entry("ثمانيه", 8L), Map.entry("ثماني", 8L), Map.entry("ثمان", 8L),
            Map.entry("تسعه", 9L), Map.entry("تسع", 9L), Map.entry("عشره", 10L), Map.entry("عشر", 10L));
    private static final Map<String, Long> TENS = Map.of("عشرين", 20L, "عشرون", 20L, "ثلاثين", 30L, "ثلاثون", 30L,
            "اربعين", 40L, "اربعون", 40L, "خمسين", 50L, "خمسون", 50L, "ستين", 60L, "ستون", 60L);
    private static final Map<String, Long> MORE_TENS = Map.of("سبعين", 70L, "سبعون", 70L, "ثمانين", 80L, "ثمانون", 80L,
            "تسعين", 90L, "تسعون", 90L);
    private static final Map<String, Long> BIG = normalizedKeys(Map.of("مئة", 100L, "مائة", 100L, "مئتين", 200L,
            "مائتين", 200L, "مئتان", 200L, "ألف", 1000L, "ألفين", 2000L, "ألفي", 2000L, "ألفا", 1000L, "مليون", 1_000_000L));
    private static final Map<String, Range> VAGUE = normalizedKeys(Map.of("عشرات", new Range(20, 99),
            "مئات", new Range(200, 999), "آلاف", new Range(2000, 9999)));

    private Counts() {
    }

    private static <V> Map<String, V> normalizedKeys(Map<String, V> raw) {
        var out = new java.util.HashMap<String, V>();
        raw.forEach((k, v) -> out.put(org.rasid.extract.text.Arabic.normalize(k), v));
        return Map.copyOf(out);
    }

    /** The count starting at word {@code i}, or null. */
    static Count at(List<Word> words, int i) {
        if (i < 0 || i >= words.size()) {
            return null;
        }
        String n = words.get(i).bare();
        Range vague = VAGUE.get(n);
        if (vague != null) {
            if (i + 1 < words.size() && words.get(i + 1).norm().equals("الالاف")) {
                return new Count(new Range(vague.min() * 1000, vague.max() * 1000 + 999), i, i + 2);
            }
            return new Count(vague, i, i + 1);
        }
        Long value = number(n);
        if (value == null) {
            return null;
        }
        int end = i + 1;
        if (end + 1 < words.size() && words.get(end).norm().startsWith("و") && TENS_OR_MORE(words.get(end).norm().substring(1))) {
            value += tens(words.get(end).norm().substring(1));
            end++;
        } else if (end < words.size() && (words.get(end).norm().equals("عشر") || words.get(end).norm().equals("عشره"))
                && value < 10) {
            value += 10;
            end++;
        }
        if (end < words.size() && (words.get(end).norm().equals("الف") || words.get(end).norm().equals("الاف"))) {
            value *= 1000;
            end++;
        }
        long min = value;
        long max = value;
        if (i >= 2 && words.get(i - 1).norm().equals("من") && words.get(i - 2).bare().equals("اكثر")) {
            min = value + 1;
            long magnitude = (long) Math.pow(10, String.valueOf(value).length() - 1);
            max = (value / magnitude + 1) * magnitude - 1;
        }
        return new Count(new Range(min, max), i, end);
    }

    private static boolean TENS_OR_MORE(String n) {
        return TENS.containsKey(n) || MORE_TENS.containsKey(n);
    }

    private static long tens(String n) {
        return TENS.containsKey(n) ? TENS.get(n) : MORE_TENS.get(n);
    }

    private static Long number(String n) {
        if (n.matches("[0-9]+([.,][0-9]{3})*")) {
            return Long.parseLong(n.replaceAll("[.,]", ""));
        }
        if (UNITS.containsKey(n)) {
            return UNITS.get(n);
        }
        if (TENS_OR_MORE(n)) {
            return tens(n);
        }
        return BIG.get(n);
    }
}
