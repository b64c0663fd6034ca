package org.rasid.text.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import org.rasid.text.number.QuantityParser;

/**
 * Dates relative to the publication date: أمس، أول أمس (أمس الأول)، اليوم، غدا، مساء أمس، الأحد الماضي/المقبل، a bare
 * weekday (the latest such day on or before publication, since news reports what happened), الأسبوع/الشهر/
 * العام الماضي/الجاري/المقبل، قبل ثلاثة أيام، منذ عامين. Without a publication date they are found with a null value.
 */
final class RelativeDates {
    /** Parts of a day that may come before the day word: مساء أمس، صباح اليوم، ليلة الجمعة. */
    private static final Set<String> DAY_PARTS = Set.of("مساء", "صباح", "ليله", "ظهر", "عصر", "فجر", "ليل", "يوم",
            "نهار", "ظهيره", "منتصف");
    private static final Set<String> PAST = Set.of("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق");
    private static final Set<String> NEXT = Set.of("المقبل", "المقبله", "القادم", "القادمه");
    private static final Set<String> CURRENT = Set.of("الجاري", "الجاريه", "الحالي", "الحاليه");
    private static final Map<String, Granularity> PERIODS = Map.of("الاسبوع", Granularity.WEEK, "الشهر", Granularity.MONTH,
            "العام", Granularity.YEAR, "السنه", Granularity.YEAR);
    /** Units after قبل: singular and dual forms carry their own count (قبل يومين = 2 days). */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("يوم", new Unit(Granularity.DAY, 1, 1)), Map.entry("يومين", new Unit(Granularity.DAY, 1, 2)),
            Map.entry("ايام", new Unit(Granularity.DAY, 1, 0)), Map.entry("يوما", new Unit(Granularity.DAY, 1, 0)),
            Map.entry("اسبوع", new Unit(Granularity.DAY, 7, 1)), Map.entry("اسبوعين", new Unit(Granularity.DAY, 7, 2)),
            Map.entry("اسابيع", new Unit(Granularity.DAY, 7, 0)),
            Map.entry("شهر", new Unit(Granularity.MONTH, 1, 1)), Map.entry("شهرين", new Unit(Granularity.MONTH, 1, 2)),
            Map.entry("اشهر", new Unit(Granularity.MONTH, 1, 0)), Map.entry("شهور", new Unit(Granularity.MONTH, 1, 0)),
            Map.entry("شهرا", new Unit(Granularity.MONTH, 1, 0)),
            Map.entry("عام", new Unit(Granularity.YEAR, 1, 1)), Map.entry("عامين", new Unit(Granularity.YEAR, 1, 2)),
            Map.entry("سنه", new Unit(Granularity.YEAR, 1, 1)), Map.entry("سنتين", new Unit(Granularity.YEAR, 1, 2)),
            Map.entry("اعوام", new Unit(Granularity.YEAR, 1, 0)), Map.entry("سنوات", new Unit(Granularity.YEAR, 1, 0)),
            Map.entry("عاما", new Unit(Granularity.YEAR, 1, 0)));

    /** The most units back that still make a date. */
    private static final long MAX_AGO = 1000;

    /** A time unit: its granularity, its size in that granularity's base (a week is 7 days), its own count. */
    private record Unit(Granularity granularity, int size, int count) {
    }

    private RelativeDates() {
    }

    static Found at(TokenWindow w, int i, LocalDate published) {
        int k = DAY_PARTS.contains(w.bare(i)) ? i + 1 : i;
        Found f = day(w, k, published);
        if (f == null && k > i) {
            return null;
        }
        if (f != null) {
            return withWeekday(w, f).from(i);
        }
        f = period(w, i, published);
        return f != null ? f : ago(w, i, published);
    }

    /** A weekday right after a day word names the same day: أمس الأحد، غدا الثلاثاء، اليوم (الخميس). */
    private static Found withWeekday(TokenWindow w, Found f) {
        int e = f.end();
        boolean dayWord = Weekdays.at(w, f.start()) == null;
        if (dayWord && Weekdays.at(w, e) != null && w.norm(e).equals(w.bare(e))) { // not "أمس والأحد"
            return new Found(f.start(), e + 1, f.iso(), f.granularity(), f.relative());
        }
        if (dayWord && w.isPunct(e, "(") && Weekdays.at(w, e + 1) != null && w.isPunct(e + 2, ")")) {
            return new Found(f.start(), e + 3, f.iso(), f.granularity(), f.relative());
        }
        return f;
    }

    /** أمس، أول (من) أمس، اليوم، غدا، بعد غد، يوم الغد، weekdays. */
    private static Found day(TokenWindow w, int i, LocalDate p) {
        String b = w.bare(i);
        if (b.equals("امس") && w.norm(i + 1).equals("الاول")) {
            return days(i, i + 2, p, -2); // أمس الأول = أول أمس, the day before yesterday
        }
        if (b.equals("امس") || b.equals("الامس")) {
            return days(i, i + 1, p, -1);
        }
        if (b.equals("اول") && w.bare(i + 1).equals("امس")) {
            return days(i, i + 2, p, -2);
        }
        if (b.equals("اول") && w.norm(i + 1).equals("من") && w.bare(i + 2).equals("امس")) {
            return days(i, i + 3, p, -2);
        }
        if (b.equals("اليوم") && !(w.norm(i + 1).startsWith("ال") && Weekdays.at(w, i + 1) == null)) {
            return days(i, i + 1, p, 0);
        }
        if (b.equals("غدا") || (b.equals("الغد") && w.bare(i - 1).equals("يوم"))) {
            return days(i, i + 1, p, 1);
        }
        if (b.equals("بعد") && w.norm(i + 1).equals("غد")) {
            return days(i, i + 2, p, 2);
        }
        DayOfWeek weekday = Weekdays.at(w, i);
        if (weekday == null) {
            return null;
        }
        String after = w.norm(i + 1);
        LocalDate d = null;
        int end = i + 1;
        if (PAST.contains(after)) {
            end++;
            d = p == null ? null : p.with(TemporalAdjusters.previous(weekday));
        } else if (NEXT.contains(after)) {
            end++;
            d = p == null ? null : p.with(TemporalAdjusters.next(weekday));
        } else if (p != null) {
            d = p.with(TemporalAdjusters.previousOrSame(weekday));
        }
        return new Found(i, end, IsoDates.format(d, Granularity.DAY), Granularity.DAY, true);
    }

    /** الأسبوع/الشهر/العام الماضي، الجاري، المقبل; هذا العام. */
    private static Found period(TokenWindow w, int i, LocalDate p) {
        int start = i;
        int offset;
        Granularity g;
        if ((w.isBare(i, "هذا") || w.isBare(i, "هذه")) && PERIODS.containsKey(w.norm(i + 1))) {
            g = PERIODS.get(w.norm(i + 1));
            offset = 0;
            i++;
        } else if (PERIODS.containsKey(w.bare(i))) {
            g = PERIODS.get(w.bare(i));
            String after = w.norm(i + 1);
            if (PAST.contains(after)) {
                offset = -1;
            } else if (NEXT.contains(after)) {
                offset = 1;
            } else if (CURRENT.contains(after)) {
                offset = 0;
            } else {
                return null;
            }
            i++;
        } else {
            return null;
        }
        LocalDate d = p == null ? null : switch (g) {
            case WEEK -> p.plusWeeks(offset);
            case MONTH -> p.plusMonths(offset);
            default -> p.plusYears(offset);
        };
        return new Found(start, i + 1, IsoDates.format(d, g), g, true);
    }

    /** قبل ثلاثة أيام، قبل يومين، قبل 3 أشهر، قبل عام، منذ عامين (the start of the period since). */
    private static Found ago(TokenWindow w, int i, LocalDate p) {
        if (!(w.isBare(i, "قبل") || w.isBare(i, "منذ")) || i + 1 >= w.size()) {
            return null;
        }
        Unit own = UNITS.get(w.norm(i + 1));
        long count;
        int unitAt;
        if (own != null && own.count() > 0) {
            count = own.count();
            unitAt = i + 1;
        } else {
            QuantityParser.Parsed n = QuantityParser.parse(w.tokens(), i + 1);
            if (n == null || !n.quantity().isExact() || n.end() >= w.size()) {
                return null;
            }
            count = n.quantity().min().longValue();
            unitAt = n.end();
        }
        Unit unit = UNITS.get(w.norm(unitAt));
        if (unit == null || count <= 0 || count > MAX_AGO) {
            return null; // "قبل 4.6 مليار عام" is geology, not a date
        }
        long amount = count * unit.size();
        LocalDate d = p == null ? null : switch (unit.granularity()) {
            case DAY -> p.minusDays(amount);
            case MONTH -> p.minusMonths(amount);
            default -> p.minusYears(amount);
        };
        return new Found(i, unitAt + 1, IsoDates.format(d, unit.granularity()), unit.granularity(), true);
    }

    private static Found days(int start, int end, LocalDate p, int offset) {
        return new Found(start, end, p == null ? null : p.plusDays(offset).toString(), Granularity.DAY, true);
    }
}
