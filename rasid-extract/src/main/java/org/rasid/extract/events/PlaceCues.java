package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.rasid.core.Span;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * What the words before a place say about it: the preposition that governs it (past a place noun: إلى منطقة X، في
 * مدينة X), whether it is where a person is posted (السفير الإيراني في X), and whether it only says where another
 * place lies (قرية X بمحافظة Y). The event chooses its place with these.
 */
final class PlaceCues {
    /** Nouns a place name may stand in construct after, between it and its preposition (إلى منطقة X، من مدينة X). */
    private static final Set<String> PLACE_NOUNS = Set.of("مدينه", "منطقه", "محافظه", "ولايه", "دوله", "دول", "قريه",
            "بلده", "مديريه", "مخيم", "حي", "اقليم", "مركز", "قضاء", "ناحيه", "مقاطعه", "بلدات", "قري", "مدن", "مناطق",
            "سلطنه", "جمهوريه", "مملكه", "اماره");
    /** Nouns of a town, a village or a district: what a province or a region after it contains. */
    private static final Set<String> TOWN_NOUNS = Set.of("مدينه", "منطقه", "قريه", "بلده", "مديريه", "مخيم", "حي", "مركز",
            "قضاء", "ناحيه");
    /** Posts and seats: the place after them says where a person serves or a body sits, not where anything happened. */
    private static final Set<String> POSTS = Set.of("سفير", "السفير", "سفيره", "السفيره", "سفراء", "قنصل", "القنصل",
            "مندوب", "المندوب", "مقرها", "مقره", "مقرهم", "المقيم", "مقيم", "المقيمين", "المقيمه");
    /** How many words a post may stand before the preposition (السفير الإيراني السابق في X). */
    private static final int POST_REACH = 3;
    /** Participles that tie a place to the one before it (سجنان التابعة لمحافظة بنزرت، X الواقعة في Y). */
    private static final Set<String> TIES = Set.of("التابعه", "التابع", "الواقعه", "الواقع");

    private PlaceCues() {
    }

    /** Prepositions a second name joined by و to a one-word first shares (بين X وY، إلى X وY، في X وY). */
    private static final Set<String> COORDINATED = Set.of("في", "بين", "الي", "من", "مع", "ضد", "عن", "لدي");

    /**
     * The preposition before the place, read past a place noun in construct (في مدينة X → في) and from a preposition
     * fused with that noun or the name (بمحافظة X، ببغداد → في); the empty string when there is none.
     */
    static String preposition(List<Word> words, Span place) {
        int head = Words.endingAfter(words, place.start());
        if (head < words.size() && words.get(head).start() < place.start()) {
            Word w = words.get(head); // ببغداد، بالفيوم: the preposition is written with the name
            String prefix = Arabic.normalize(w.text().substring(0, place.start() - w.start()));
            if (prefix.equals("و") && head >= 2 && COORDINATED.contains(words.get(head - 2).norm())) {
                return words.get(head - 2).norm(); // بين فرنسا وبريطانيا: the second name shares the first's preposition
            }
            String fused = fused(prefix);
            return fused == null ? "" : fused;
        }
        if (head == 0) {
            return "";
        }
        String w = words.get(head - 1).norm();
        if (PLACE_NOUNS.contains(w)) {
            return head > 1 ? words.get(head - 2).norm() : "";
        }
        for (String noun : PLACE_NOUNS) {
            if (w.endsWith(noun) && w.length() > noun.length()) {
                String fused = fused(w.substring(0, w.length() - noun.length()));
                if (fused != null) {
                    return fused;
                }
            }
        }
        return w;
    }

    /** The preposition a clitic prefix writes: في for ب (بمحافظة، وبالفيوم), ل for ل, "" for و alone, else null. */
    private static String fused(String prefix) {
        return switch (prefix) {
            case "ب", "وب", "بال", "وبال" -> "في";
            case "ل", "ول", "لل", "ولل" -> "ل";
            case "و", "ال", "وال", "" -> "";
            default -> null;
        };
    }

    /** "السفير الإيراني في صنعاء"، "التي يوجد مقرها في طرابلس": the place of a post or a seat. */
    static boolean post(List<Word> words, Span place) {
        if (!preposition(words, place).equals("في")) {
            return false;
        }
        int k = Words.endingAfter(words, place.start());
        for (int j = k - 1; j >= Math.max(0, k - POST_REACH - 2); j--) { // past the preposition and a place noun
            Word w = words.get(j);
            if (Words.isClauseBreak(w)) {
                return false;
            }
            if (POSTS.contains(w.norm()) || POSTS.contains(w.bare())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "قرية أبو ناعورة بمركز سنورس بالفيوم"، "مدينة "لودر" في محافظة أبين"، "سجنان التابعة لمحافظة بنزرت": a place
     * written right after a town, village or district with في or ب (or after any place with التابعة ل، الواقعة في), a
     * place noun between at most, is the region the first lies in. {@code startOfPlaceEndingAt} gives the start of
     * another place's mention ending at an offset, or -1. A place after و (وفي محافظة Y) is the next of a list.
     */
    static boolean region(List<Word> words, Span place, IntUnaryOperator startOfPlaceEndingAt) {
        int head = Words.endingAfter(words, place.start());
        if (head >= words.size() || head == 0) {
            return false;
        }
        int k;
        if (words.get(head).start() < place.start()) {
            if (!words.get(head).norm().startsWith("ب")) {
                return false;
            }
            k = head; // بالفيوم، ببنزرت
        } else {
            k = head - 1;
            String w = words.get(k).norm();
            if (PLACE_NOUNS.contains(w)) {
                k--; // في [محافظة] أبين
            } else if (w.startsWith("ب") && PLACE_NOUNS.contains(w.substring(1))) {
                return town(words, k, startOfPlaceEndingAt); // بمحافظة أبين
            } else if (w.startsWith("ل") && PLACE_NOUNS.contains(w.substring(1))) {
                return k > 0 && TIES.contains(words.get(k - 1).norm()) && placeBefore(words, k - 1, startOfPlaceEndingAt) >= 0;
            }
            if (k < 0 || !words.get(k).norm().equals("في")) {
                return false;
            }
        }
        if (k > 0 && TIES.contains(words.get(k - 1).norm())) {
            return placeBefore(words, k - 1, startOfPlaceEndingAt) >= 0; // الواقعة في
        }
        return town(words, k, startOfPlaceEndingAt);
    }

    /** Whether a place written after a place noun (قرية X، بمدينة X، مدينة "X") ends right before word {@code k}. */
    private static boolean town(List<Word> words, int k, IntUnaryOperator startOfPlaceEndingAt) {
        int start = placeBefore(words, k, startOfPlaceEndingAt);
        if (start < 0) {
            return false;
        }
        int j = Words.endingAfter(words, start) - 1;
        if (j >= 0 && Words.isQuoteMark(words.get(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String w = words.get(j).norm();
        return TOWN_NOUNS.contains(w) || TOWN_NOUNS.contains(w.substring(1)) && "وبل".indexOf(w.charAt(0)) >= 0
                || w.startsWith("وب") && TOWN_NOUNS.contains(w.substring(2));
    }

    /** The start of a place mention ending right before word {@code k}, past a closing quotation mark, or -1. */
    private static int placeBefore(List<Word> words, int k, IntUnaryOperator startOfPlaceEndingAt) {
        int j = k - 1;
        if (j >= 0 && Words.isQuoteMark(words.get(j))) {
            j--;
        }
        return j >= 0 ? startOfPlaceEndingAt.applyAsInt(words.get(j).end()) : -1;
    }
}
