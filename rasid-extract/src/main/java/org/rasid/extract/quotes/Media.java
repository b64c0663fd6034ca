package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/** Where something was said: the outlet or channel (لـ«عكاظ»، في بيان، لصحيفة X) between a speaker and the content. */
final class Media {
    static final Set<String> MEDIUM_NOUNS = Set.of("تصريح", "تصريحات", "تصريحه", "تصريحاته", "بيان", "بيانا",
            "حديث", "حديثه", "مقابله", "موتمر", "كلمه", "كلمته", "لقاء", "اتصال", "رساله", "خطاب", "خطابه", "تغريده", "حوار",
            "ندوه", "منشور", "تدوينه", "مداخله", "برنامج", "تصريحا", "بيانها", "بيانه", "تقرير", "تقريرها");
    static final Set<String> OUTLET_NOUNS = Set.of("صحيفه", "وكاله", "قناه", "موقع", "تلفزيون", "اذاعه", "شبكه");
    /** Reporters a source speaks to (قال الشهود لمراسل وكالة الأناضول): after ل they open the medium, like an outlet. */
    private static final Set<String> REPORTER_NOUNS = Set.of("مراسل", "مراسلي", "مراسله", "مراسلو");

    private Media() {
    }

    /** Whether a medium starts at {@code k}: لـ, بـ, an outlet noun, or في before a medium noun (في تصريح). */
    static boolean isMediumStart(List<Word> words, int k) {
        Word w = words.get(k);
        String n = w.norm();
        if (n.equals("ل") || n.equals("ب") || isOutletAfterLam(n) || OUTLET_NOUNS.contains(n) || n.equals("لوسايل")) {
            return true;
        }
        return n.equals("في") && k + 1 < words.size() && MEDIUM_NOUNS.contains(words.get(k + 1).norm());
    }

    /** "في تصريح لـ X" / "لصحيفة X" / "في بيان": the outlet or channel named between the speaker and the content. */
    static String mediumOf(String text, List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            String n = w.norm();
            int start = -1;
            if (n.equals("ل") && k + 1 < to) {
                start = k + 1;
            } else if (isOutletAfterLam(n)) {
                start = k;
            }
            if (start >= 0) {
                int end = start;
                while (end < to && !Words.isPunct(words.get(end)) && !QuoteWords.isComplementizer(words.get(end))
                        || end < to && Words.isQuoteMark(words.get(end))) {
                    end++;
                }
                String medium = end > start ? text.substring(words.get(start).start(), words.get(end - 1).end()) : null;
                if (medium != null) {
                    if (QuoteWords.QUOTE_EDGES.matcher(medium).results().count() == 2) { // «عكاظ», not صحيفة "ستاندرد"
                        medium = QuoteWords.QUOTE_EDGES.matcher(medium).replaceAll("");
                    }
                    if (start != k) {
                        return medium;
                    }
                    return n.startsWith("لل") ? "ال" + medium.substring(2) : medium.substring(1); // للصحيفة: ل + الصحيفة
                }
            }
            if (n.equals("في") && k + 1 < to && MEDIUM_NOUNS.contains(words.get(k + 1).norm()) && !hasOutlet(words, k + 2, to)) {
                return words.get(k + 1).text();
            }
        }
        return null;
    }

    /** صحيفة، وصحيفة، لشبكة: an outlet noun, bare or after و or ل, that a quoted name may follow. */
    static boolean isOutletNoun(Word w) {
        return OUTLET_NOUNS.contains(w.bare()) || isOutletAfterLam(w.bare()) && !w.bare().startsWith("لل");
    }

    /** لصحيفة، لمراسل، للصحيفة: an outlet or a reporter after the preposition ل, bare or with the article. */
    static boolean isOutletAfterLam(String n) {
        if (!n.startsWith("ل")) {
            return false;
        }
        String noun = n.startsWith("لل") ? n.substring(2) : n.substring(1);
        return OUTLET_NOUNS.contains(noun) || REPORTER_NOUNS.contains(noun);
    }

    private static boolean hasOutlet(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).norm().startsWith("ل")) {
                return true;
            }
        }
        return false;
    }
}
