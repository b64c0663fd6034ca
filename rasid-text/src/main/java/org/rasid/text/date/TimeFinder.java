package org.rasid.text.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasid.core.model.Token;

/**
 * Clock times: 10:30 with an optional ص/م or صباحا/مساء after it, and "الساعة" followed by digits or an
 * ordinal (الساعة العاشرة صباحا، الساعة الثانية والنصف ظهرا). Values are HH:MM on a 24-hour clock; without a
 * part-of-day word the hour is kept as written.
 */
public final class TimeFinder {
    private static final Map<String, Integer> ORDINAL_HOURS = Map.ofEntries(
            Map.entry("الواحده", 1), Map.entry("الثانيه", 2), Map.entry("الثالثه", 3), Map.entry("الرابعه", 4),
            Map.entry("الخامسه", 5), Map.entry("السادسه", 6), Map.entry("السابعه", 7), Map.entry("الثامنه", 8),
            Map.entry("التاسعه", 9), Map.entry("العاشره", 10), Map.entry("الحاديه", 1));
    /** Part-of-day words: true for after noon. */
    private static final Map<String, Boolean> DAY_PARTS = Map.ofEntries(
            Map.entry("ص", false), Map.entry("صباحا", false), Map.entry("صباح", false), Map.entry("فجرا", false),
            Map.entry("am", false), Map.entry("م", true), Map.entry("مساء", true), Map.entry("مساءا", true),
            Map.entry("ليلا", true), Map.entry("عصرا", true), Map.entry("ظهرا", true), Map.entry("pm", true));
    private static final Map<String, Integer> FRACTIONS = Map.of("النصف", 30, "الربع", 15, "والنصف", 30, "والربع", 15);

    /** The times in {@code tokens}, in text order. */
    public List<TimeMention> find(List<Token> tokens) {
        var w = TokenWindow.of(tokens);
        var out = new ArrayList<TimeMention>();
        for (int i = 0; i < w.size(); i++) {
            TimeMention t = at(w, i);
            if (t != null) {
                out.add(t);
                while (i + 1 < w.size() && w.start(i + 1) < t.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    private static TimeMention at(TokenWindow w, int i) {
        boolean clockWord = w.isBare(i, "الساعه");
        int h = clockWord ? i + 1 : i;
        int hour;
        int minute = 0;
        int j;
        if (w.isNumber(h) && w.isPunct(h + 1, ":") && w.isNumber(h + 2) && w.touching(h, h + 1) && w.touching(h + 1, h + 2)
                && w.norm(h + 2).length() == 2) {
            hour = w.intValue(h);
            minute = w.intValue(h + 2);
            j = h + 3;
        } else if (clockWord && w.isNumber(h) && w.norm(h).length() <= 2) {
            hour = w.intValue(h);
            j = h + 1;
        } else if (clockWord && ORDINAL_HOURS.containsKey(w.norm(h))) {
            hour = ORDINAL_HOURS.get(w.norm(h));
            j = h + 1;
            if ((hour == 1 || hour == 2) && (w.norm(j).equals("عشره") || w.norm(j).equals("عشر"))) {
                hour += 10;
                j++;
            }
            int[] fraction = fraction(w, j);
            minute = fraction[0];
            j = fraction[1];
        } else {
            return null;
        }
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
            return null;
        }
        Boolean afternoon = DAY_PARTS.get(w.norm(j));
        if (afternoon != null) {
            if (afternoon && hour < 12 && !(w.norm(j).equals("ظهرا") && hour >= 11)) {
                hour += 12;
            } else if (!afternoon && hour == 12) {
                hour = 0;
            }
            j++;
        }
        return new TimeMention(w.start(i), w.end(j - 1), String.format("%02d:%02d", hour % 24, minute));
    }

    /** "والنصف", "و النصف", "والربع", "إلا ربعا" after an hour: {minutes, next token}. */
    private static int[] fraction(TokenWindow w, int j) {
        if (FRACTIONS.containsKey(w.norm(j))) {
            return new int[] {FRACTIONS.get(w.norm(j)), j + 1};
        }
        if (w.norm(j).equals("و") && FRACTIONS.containsKey(w.norm(j + 1))) {
            return new int[] {FRACTIONS.get(w.norm(j + 1)), j + 2};
        }
        return new int[] {0, j};
    }
}
