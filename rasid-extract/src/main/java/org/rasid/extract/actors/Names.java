package org.rasid.extract.actors;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import org.rasid.extract.text.Arabic;

/** Keys and ids for actor names: Arabic keys without articles or generic descriptors, Latin keys, and slugs. */
public final class Names {
    /** Generic words before a name that do not change whom it names (حركة طالبان = طالبان, ولاية ننغرهار = ننغرهار). */
    private static final Set<String> DESCRIPTORS = Set.of("حركه", "تنظيم", "جماعه", "مدينه", "محافظه", "ولايه", "منطقه",
            "دوله", "مديريه", "اقليم", "قريه", "بلده", "صحيفه", "وكاله", "قناه", "موقع");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9 -]");
    private static final java.util.regex.Pattern NOT_CONSONANT = java.util.regex.Pattern.compile("[^a-z]|[aeiouyw]");
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));

    private Names() {
    }

    /** The matching key of a name: Arabic folded, articles dropped, Latin lower-cased, punctuation removed. */
    public static String key(String name) {
        if (isLatin(name)) {
            return NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        }
        return Arabic.nameKey(name);
    }

    /** The key without a leading generic descriptor, or the key itself. */
    public static String bareKey(String key) {
        int space = key.indexOf(' ');
        return space > 0 && DESCRIPTORS.contains(key.substring(0, space)) ? key.substring(space + 1) : key;
    }

    public static boolean isLatin(String s) {
        boolean latin = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Arabic.isArabicLetter(c)) {
                return false;
            }
            latin |= c < 0x250 && Character.isLetter(c);
        }
        return latin;
    }

    /** The name in Latin letters (ICU Arabic-Latin), as an alias for cross-script search. */
    public static String latin(String arabic) {
        return NOT_SLUG.matcher(TO_LATIN.get().transliterate(Arabic.normalize(arabic))).replaceAll("").trim();
    }

    /** Consonant skeleton of a Latin spelling: طالبان (talban) and Taliban share "tlbn". */
    public static String skeleton(String latin) {
        return NOT_CONSONANT.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A deterministic id for an actor first met in text: the Latin transliteration of its key. */
    public static String newId(String key) {
        String slug = latin(key).replace(' ', '-').replaceAll("-+", "-");
        return "rasid:" + (slug.isEmpty() ? Integer.toHexString(key.hashCode()) : slug);
    }

    /** Damerau (optimal string alignment) distance, capped: spelling variants such as خراسان / خرسان differ by 1. */
    public static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
