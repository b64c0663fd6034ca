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
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("-+");
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

    /**
     * ICU's transliteration of each Arabic letter U+0621..U+064A alone. Without diacritics (which normalizing
     * removes) the Arabic-Latin rules are letter by letter, so a word of these letters is transliterated as its
     * letters' joined, the same string ICU gives (NamesTest checks it) at a hundredth of the cost.
     */
    private static final char FIRST_LETTER = '\u0621';
    private static final char LAST_LETTER = '\u064A';
    private static final String[] LETTER_LATIN = new String[LAST_LETTER - FIRST_LETTER + 1];

    static {
        var icu = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
        for (char c = FIRST_LETTER; c <= LAST_LETTER; c++) {
            LETTER_LATIN[c - FIRST_LETTER] = icu.transliterate(String.valueOf(c));
        }
    }

    /** Transliterations of other words already made: names recur across documents and ICU transliteration is slow. */
    private static final java.util.Map<String, String> LATIN_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LATIN_CACHE = 100_000;

    /**
     * The name in Latin letters (ICU Arabic-Latin), as an alias for cross-script search. Word by word: the rules
     * do not reach across a space, so a name's transliteration is its words' joined, and words recur far more
     * often than whole names.
     */
    public static String latin(String arabic) {
        return cached(LATIN_NAMES, arabic, Names::latinOf);
    }

    /** Whole names and ids already made: an actor's name and id are made again for each document naming it. */
    private static final java.util.Map<String, String> LATIN_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String cached(java.util.Map<String, String> cache, String key, java.util.function.UnaryOperator<String> make) {
        String made = cache.get(key);
        if (made == null) {
            made = make.apply(key);
            if (cache.size() > LATIN_CACHE) {
                cache.clear();
            }
            cache.put(key, made);
        }
        return made;
    }

    private static String latinOf(String arabic) {
        String normalized = Arabic.normalize(arabic);
        var sb = new StringBuilder(normalized.length() + 8);
        int from = 0;
        for (int space = normalized.indexOf(' '); ; space = normalized.indexOf(' ', from)) {
            String word = normalized.substring(from, space < 0 ? normalized.length() : space);
            sb.append(word.isEmpty() ? "" : latinWord(word));
            if (space < 0) {
                break;
            }
            sb.append(' ');
            from = space + 1;
        }
        return (slugOnly(sb) ? sb.toString() : NOT_SLUG.matcher(sb).replaceAll("")).trim();
    }

    /** Whether {@link #NOT_SLUG} finds nothing to remove: the usual case, told without a matcher. */
    private static boolean slugOnly(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String latinWord(String word) {
        var sb = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < FIRST_LETTER || c > LAST_LETTER) {
                return latinWordByIcu(word);
            }
            sb.append(LETTER_LATIN[c - FIRST_LETTER]);
        }
        return sb.toString();
    }

    private static String latinWordByIcu(String word) {
        return cached(LATIN_WORDS, word, w -> TO_LATIN.get().transliterate(w));
    }

    /** Consonant skeleton of a Latin spelling: طالبان (talban) and Taliban share "tlbn". */
    public static String skeleton(String latin) {
        return NOT_CONSONANT.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A deterministic id for an actor first met in text: the Latin transliteration of its key. */
    public static String newId(String key) {
        return cached(IDS, key, Names::idOf);
    }

    private static String idOf(String key) {
        String dashed = latin(key).replace(' ', '-');
        String slug = dashed.contains("--") ? DASHES.matcher(dashed).replaceAll("-") : dashed;
        return "rasid:" + (slug.isEmpty() ? Integer.toHexString(key.hashCode()) : slug);
    }

    /** Damerau (optimal string alignment) distance, capped: spelling variants such as خراسان / خرسان differ by 1. */
    public static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        if (cap == 1) {
            return withinOne(a, b);
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

    /**
     * The capped distance for cap 1 without a table (it runs for every pair of mentions): 0 if equal, 1 if one
     * substitution, insertion, deletion or swap of neighbours makes them equal, else 2.
     */
    private static int withinOne(String a, String b) {
        int prefix = 0;
        int min = Math.min(a.length(), b.length());
        while (prefix < min && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == a.length() && prefix == b.length()) {
            return 0;
        }
        int suffix = 0;
        while (suffix < min - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int restA = a.length() - prefix - suffix;
        int restB = b.length() - prefix - suffix;
        if (restA <= 1 && restB <= 1) {
            return 1; // one substitution, insertion or deletion
        }
        boolean swap = restA == 2 && restB == 2 && a.charAt(prefix) == b.charAt(prefix + 1)
                && a.charAt(prefix + 1) == b.charAt(prefix);
        return swap ? 1 : 2;
    }
}
