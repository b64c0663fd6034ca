package org.rasid.text.date;

import java.time.LocalDate;
import java.util.Set;
import org.rasid.core.model.Token;

/**
 * Dates written out in full or in part: numeric (2021-08-27, 27/8/2021, ٢٧/٨/٢٠٢١), day and month name
 * (or an ordinal day: الثالث من يوليو) with an optional year and a second month name in brackets (21 يوليو
 * (تموز) 2021), a day of a relative month (3 من الشهر المقبل), Hijri (15 محرم 1443 هـ),
 * month and year (أغسطس 2021), and years (في العام 2019، 1443هـ). A weekday before a date belongs to it.
 */
final class AbsoluteDates {
    private static final Set<String> GREGORIAN_ERA = Set.of("م", "ميلادي", "ميلاديه");
    private static final Set<String> HIJRI_ERA = Set.of("ه", "هجري", "هجريه");
    private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه", "عامي", "موسم");
    /** Words after which a bare four-digit number followed by punctuation is a year: في 2019، ... */
    private static final Set<String> YEAR_CONTEXT = Set.of("في", "منذ", "حتي", "خلال", "مطلع", "منتصف", "نهايه",
            "بدايه", "اواخر", "اوائل", "قبل", "بعد");
    /** Events named by their year, whatever follows it: حرب 1948، الانتفاضة الأولى 1987، ثورة 1919. */
    private static final Set<String> YEAR_EVENTS = Set.of("حرب", "ثوره", "انتفاضه", "نكبه", "نكسه", "انتخابات", "مونديال",
            "اولمبياد", "دستور");
    /** An ordinal that may stand between such an event and its year. */
    private static final Set<String> EVENT_ORDINALS = Set.of("الاولي", "الثانيه", "الثالثه", "الاول", "الثاني", "الثالث");
    /** ...and followed by punctuation, the end, or one of these words: منذ 1991 بعد، في 2003 في عهد. */
    private static final Set<String> YEAR_FOLLOWERS = Set.of("في", "بعد", "قبل", "حتي", "الي", "ثم", "عندما", "حين",
            "حيث", "من", "علي", "عن", "مع", "و", "وحتي", "وفي", "الا", "لكن", "كما");
    private static final Set<String> PAST = Set.of("الماضي", "الماضيين", "المنصرم", "الفائت");
    private static final Set<String> NEXT = Set.of("المقبل", "المقبلين", "القادم", "القادمين");
    private static final Set<String> CURRENT = Set.of("الجاري", "الحالي");
    private static final String DATE_SEPARATORS = "/-.";

    private AbsoluteDates() {
    }

    static Found at(TokenWindow w, int i, LocalDate published) {
        int k = w.isBare(i, "يوم") ? i + 1 : i;
        if (Weekdays.at(w, k) != null) {
            int j = w.isPunct(k + 1, "،,-") ? k + 2 : k + 1;
            j = w.norm(j).equals("ال") ? j + 1 : j; // الخميس الـ30 من يوليو
            Found f = numeric(w, j);
            f = f != null ? f : dayMonth(w, j, published);
            if (f != null) {
                return f.from(i);
            }
        }
        if (k > i) {
            Found f = dayMonth(w, k, published); // يوم 30 مارس 2019: the day word belongs to it, as in يوم الخميس
            if (f != null) {
                return f.from(i);
            }
        }
        Found f = numeric(w, i);
        if (f == null) {
            f = dayMonth(w, i, published);
        }
        if (f == null) {
            f = rangeStart(w, i, published);
        }
        if (f == null) {
            f = monthYear(w, i, published);
        }
        return f != null ? f : year(w, i);
    }

    /** 2021-08-27, 27/8/2021, 27.8.2021 (one token), with هـ after for Hijri dates. */
    private static Found numeric(TokenWindow w, int i) {
        if (!w.isNumber(i)) {
            return null;
        }
        String[] parts;
        int end;
        String dotted = w.norm(i);
        if (dotted.chars().filter(c -> c == '.').count() == 2) {
            parts = dotted.split("\\.");
            end = i + 1;
        } else if (threeGroups(w, i)) {
            parts = new String[] {w.norm(i), w.norm(i + 2), w.norm(i + 4)};
            end = i + 5;
        } else {
            return null;
        }
        int y;
        int m;
        int d;
        try {
            if (parts[0].length() == 4) {
                y = Integer.parseInt(parts[0]);
                m = Integer.parseInt(parts[1]);
                d = Integer.parseInt(parts[2]);
            } else if (parts[2].length() == 4) {
                d = Integer.parseInt(parts[0]);
                m = Integer.parseInt(parts[1]);
                y = Integer.parseInt(parts[2]);
            } else {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        boolean hijri = HIJRI_ERA.contains(w.bare(end)) || (y >= 1300 && y <= 1600);
        LocalDate date = hijri ? HijriCalendar.toGregorian(y, m, d) : IsoDates.of(y, m, d);
        if (date == null) {
            return null;
        }
        return new Found(i, end + (HIJRI_ERA.contains(w.bare(end)) || GREGORIAN_ERA.contains(w.bare(end)) ? 1 : 0),
                date.toString(), Granularity.DAY, false);
    }

    /** The first day of a range that names its month once: "من 4 إلى 15 أغسطس"، "بين 4 و15 أغسطس"، "4-15 أغسطس". */
    private static Found rangeStart(TokenWindow w, int i, LocalDate published) {
        int day = w.intValue(i);
        boolean joined = w.isBare(i + 1, "الي") || w.isBare(i + 1, "حتي") || w.norm(i + 1).equals("و") || w.isPunct(i + 1, "-");
        if (day < 1 || day > 31 || !joined) {
            return null;
        }
        Found last = dayMonth(w, i + 2, published);
        if (last == null || last.iso() == null) {
            return null;
        }
        LocalDate end = LocalDate.parse(last.iso());
        LocalDate start = day < end.getDayOfMonth() ? IsoDates.of(end.getYear(), end.getMonthValue(), day) : null;
        return start == null ? null : new Found(i, i + 1, start.toString(), Granularity.DAY, last.relative());
    }

    /**
     * Whether tokens i..i+4 read number, separator, number, the same separator, number, with no spaces, or with
     * spaces around slashes (8 / 3 / 1948, as typeset in many papers and archives).
     */
    private static boolean threeGroups(TokenWindow w, int i) {
        boolean slashes = w.isPunct(i + 1, "/");
        for (int k = i; k < i + 4; k++) {
            if (!slashes && !w.touching(k, k + 1)) {
                return false;
            }
        }
        return w.isNumber(i + 2) && w.isNumber(i + 4) && w.isPunct(i + 1, DATE_SEPARATORS)
                && w.norm(i + 3).equals(w.norm(i + 1)) && w.isPunct(i + 3, DATE_SEPARATORS);
    }

    /** 27 أغسطس 2021، 21 يوليو (تموز)، 15 محرم 1443 هـ. */
    private static Found dayMonth(TokenWindow w, int i, LocalDate published) {
        int day = w.intValue(i);
        int m = i + 1;
        if (day < 0) {
            // an ordinal day needs "من": الثالث من يوليو، الحادي والعشرين من الشهر الماضي
            OrdinalDays.Match ordinal = OrdinalDays.at(w, i);
            if (ordinal == null || !w.norm(ordinal.end()).equals("من")) {
                return null;
            }
            day = ordinal.day();
            m = ordinal.end();
        }
        if (day < 1 || day > 31 || (w.isNumber(i) && w.norm(i).length() > 2)) {
            return null;
        }
        // "14 من شهر شوال", "14 من يوليو"
        if (w.norm(m).equals("من")) {
            m++;
            Found relative = dayOfRelativeMonth(w, i, m, day, published);
            if (relative != null) {
                return relative;
            }
        }
        if (w.norm(m).equals("شهر")) {
            m++;
        }
        Months.Match month = Months.at(w, m);
        if (month == null) {
            return null;
        }
        int j = afterYearWord(w, afterAlternative(w, month));
        int year = w.year(j);
        if (year > 0) {
            j++;
        } else {
            j = afterAlternative(w, month);
        }
        boolean hijri = month.calendar() == Months.Calendar.HIJRI;
        if (year > 0 && (HIJRI_ERA.contains(w.bare(j)) || GREGORIAN_ERA.contains(w.bare(j)))) {
            j++;
        }
        if (year < 0 && published == null) {
            return new Found(i, j, null, Granularity.DAY, true);
        }
        LocalDate date;
        if (hijri) {
            date = HijriCalendar.toGregorian(year > 0 ? year : HijriCalendar.hijriYear(published), month.month(), day);
        } else {
            date = IsoDates.of(year > 0 ? year : published.getYear(), month.month(), day);
            if (date != null && year < 0) {
                // "15 أغسطس المقبل" lies after publication, "... الماضي" before; otherwise take the year
                // that puts the date nearest to publication (27 ديسمبر read on 5 January is last year's)
                boolean next = NEXT.contains(w.norm(j));
                boolean past = PAST.contains(w.norm(j));
                if (next || past) {
                    j++;
                }
                date = nearest(date, published, next, past);
            }
        }
        return date == null ? null : new Found(i, j, date.toString(), Granularity.DAY, year < 0);
    }

    /**
     * أغسطس 2021، يوليو (تموز) 2021، رمضان 1442 هـ (the Gregorian month holding the 15th of the Hijri month), and a
     * month named twice without a year (أيار (مايو)، نيسان / أبريل): the latest such month up to publication.
     */
    private static Found monthYear(TokenWindow w, int i, LocalDate published) {
        Months.Match month = Months.at(w, i);
        if (month == null) {
            return null;
        }
        int named = afterAlternative(w, month);
        int j = afterYearWord(w, named);
        int year = w.year(j);
        if (year < 0) {
            if (named == month.end() || month.calendar() == Months.Calendar.HIJRI) {
                return null;
            }
            LocalDate latest = null;
            if (published != null) {
                latest = IsoDates.of(published.getYear(), month.month(), 1);
                latest = latest.isAfter(published) ? latest.minusYears(1) : latest;
            }
            return new Found(i, named, IsoDates.format(latest, Granularity.MONTH), Granularity.MONTH, true);
        }
        j++;
        if (HIJRI_ERA.contains(w.bare(j)) || GREGORIAN_ERA.contains(w.bare(j))) {
            j++;
        }
        LocalDate date = month.calendar() == Months.Calendar.HIJRI
                ? HijriCalendar.toGregorian(year, month.month(), 15) : IsoDates.of(year, month.month(), 1);
        return date == null ? null : new Found(i, j, IsoDates.format(date, Granularity.MONTH), Granularity.MONTH, false);
    }

    /**
     * A year: after عام/سنة (which belong to the date: عام 2019، عام (1948)) or before م/هـ, in brackets (1948), after
     * an event it names (حرب 1948، الانتفاضة الأولى 1987), or after في/منذ... when punctuation, the end or a linking
     * word follows.
     */
    private static Found year(TokenWindow w, int i) {
        int start = i;
        int k = i;
        if (YEAR_WORDS.contains(w.bare(i))) {
            k = w.isPunct(i + 1, "(") && w.isPunct(i + 3, ")") ? i + 2 : i + 1;
        }
        int year = w.year(k);
        if (year < 0) {
            return null;
        }
        boolean named = k > i;
        int end = named && k == i + 2 ? k + 2 : k + 1;
        String era = w.bare(end);
        if (HIJRI_ERA.contains(era)) {
            // a Hijri year straddles two Gregorian years: name the one holding its middle (1 Rajab)
            LocalDate middle = HijriCalendar.toGregorian(year, 7, 1);
            return middle == null ? null : new Found(start, end + 1, IsoDates.format(middle, Granularity.YEAR), Granularity.YEAR, false);
        }
        if (year < 1800 || year > 2199) {
            return null;
        }
        if (GREGORIAN_ERA.contains(era)) {
            return new Found(start, end + 1, String.valueOf(year), Granularity.YEAR, false);
        }
        boolean bracketed = w.isPunct(k - 1, "(") && w.isPunct(k + 1, ")");
        int e = EVENT_ORDINALS.contains(w.norm(k - 1)) ? k - 2 : k - 1;
        boolean event = YEAR_EVENTS.contains(w.bare(e)) || (w.bare(e).startsWith("ال") && YEAR_EVENTS.contains(w.bare(e).substring(2)));
        boolean context = YEAR_CONTEXT.contains(w.bare(k - 1))
                && (k + 1 >= w.size() || w.get(k + 1).type() == Token.Type.punct || YEAR_FOLLOWERS.contains(w.norm(k + 1)));
        return named || bracketed || event || context ? new Found(start, end, String.valueOf(year), Granularity.YEAR, false) : null;
    }

    /** "3 من الشهر الجاري", "الثالث من الشهر المقبل": a day of the month before, of or after publication. */
    private static Found dayOfRelativeMonth(TokenWindow w, int i, int m, int day, LocalDate published) {
        if (!w.norm(m).equals("الشهر")) {
            return null;
        }
        String which = w.norm(m + 1);
        int offset = PAST.contains(which) ? -1 : NEXT.contains(which) ? 1 : CURRENT.contains(which) ? 0 : 2;
        if (offset == 2) {
            return null;
        }
        if (published == null) {
            return new Found(i, m + 2, null, Granularity.DAY, true);
        }
        LocalDate month = published.plusMonths(offset);
        LocalDate date = IsoDates.of(month.getYear(), month.getMonthValue(), day);
        return date == null ? null : new Found(i, m + 2, date.toString(), Granularity.DAY, true);
    }

    /** The same day and month in the year before, of, or after publication that fits best. */
    private static LocalDate nearest(LocalDate date, LocalDate published, boolean after, boolean before) {
        LocalDate best = null;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate candidate = IsoDates.of(published.getYear() + shift, date.getMonthValue(), date.getDayOfMonth());
            if (candidate == null || (after && !candidate.isAfter(published)) || (before && !candidate.isBefore(published))) {
                continue;
            }
            long distance = Math.abs(candidate.toEpochDay() - published.toEpochDay());
            if (best == null || distance < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    /** Skip عام / سنة between a month and its year: 8 أكتوبر عام 1986. */
    private static int afterYearWord(TokenWindow w, int j) {
        return YEAR_WORDS.contains(w.norm(j)) && w.year(j + 1) > 0 ? j + 1 : j;
    }

    /** After a month name, skip a second name for the same month: يوليو (تموز)، نيسان / أبريل. */
    private static int afterAlternative(TokenWindow w, Months.Match month) {
        int j = month.end();
        if (w.isPunct(j, "(")) {
            Months.Match alt = Months.at(w, j + 1);
            if (alt != null && w.isPunct(alt.end(), ")")) {
                return alt.end() + 1;
            }
        }
        if (w.isPunct(j, "/")) {
            Months.Match alt = Months.at(w, j + 1);
            if (alt != null && alt.month() == month.month()) { // تشرين الثاني / كانون الأول is a span of two months
                return alt.end();
            }
        }
        return j;
    }
}
