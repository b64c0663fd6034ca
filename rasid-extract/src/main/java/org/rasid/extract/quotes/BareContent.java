package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * The content of a verb of saying written right after the speaker's name, with no إن, colon or quotation mark
 * between (وقال العسيري شاركت في ...، قال الدكتور حمد الحارثي ستصاحب الطفلة ...، وذكر العميد عبدالله الغرير، رصدت
 * دوريات ...). قال and its kin take a content and nothing else, so once the name has ended, a clause that does not
 * go on with the name (not a title, a place word, a channel or a time) is what was said.
 */
final class BareContent {
    /** Verbs of saying whose object is always the content (not أكد or أعلن, which take noun objects), as match keys. */
    private static final Set<String> SAYING = Set.of("قال", "قالت", "ذكر", "ذكرت", "اضاف", "اضافت", "تابع", "تابعت");

    /** Words at most in a title before the name (a chain of posts: رئيس قسم ... المشرف على العملية الجراحية الدكتور). */
    private static final int TITLE_WORDS = 20;
    /** Blessings written after a name, part of how it is said (قال الله تعالى، قال النبي صلى الله عليه وسلم), match keys. */
    private static final Set<String> BLESSINGS = Set.of("تعالي", "سبحانه", "عز", "صلي", "عليه", "رحمه", "حفظه", "يحفظه",
            "ايده", "رضي");

    private BareContent() {
    }

    /**
     * Where the name the speaker words start with at {@code j} ends and the content begins: {@code [nameEnd,
     * content]} word indexes, or null when the verb at {@code v} is not one of saying, no person or body is named at
     * {@code j} (or after a title opening there), or the word after the name does not open a clause.
     */
    static int[] after(List<Word> words, int v, int j, ActorIndex actors) {
        if (!SAYING.contains(words.get(v).bare()) || j >= words.size()) {
            return null;
        }
        Actor.Mention m = named(words, j, actors);
        if (m == null) {
            return null;
        }
        int nameEnd = Words.firstAtOrAfter(words, m.start()) + 1;
        while (nameEnd < words.size() && words.get(nameEnd).start() < m.end()) {
            nameEnd++;
        }
        int content = nameEnd < words.size() && Words.isComma(words.get(nameEnd)) ? nameEnd + 1 : nameEnd;
        return content < words.size() && opensClause(words, content) ? new int[] {nameEnd, content} : null;
    }

    /**
     * The speaker's name: a person or body named right at {@code j}, or a person named after a title that opens there
     * or after an honorific (استشاري أول جراحة الوجه والفكين ... الدكتور حمد بن محمد الحارثي; الناطق الاعلامي في
     * قيادة حرس الحدود ... العميد البحري عبدالله الغرير), read up to the first mark.
     */
    private static Actor.Mention named(List<Word> words, int j, ActorIndex actors) {
        int limit = words.get(words.size() - 1).end();
        Actor.Mention m = Mentions.longestAt(words.get(j), limit, actors);
        if (m != null) {
            Actor a = actors.within(m);
            return a == null || a.type().equals("LOC") ? null : m;
        }
        if (QuoteWords.isCut(words.get(j))) {
            return null; // وقال في مؤتمر صحفي: the subject is dropped, an occasion follows
        }
        boolean titled = RoleGrammar.isHead(words.get(j)) || RoleGrammar.isHonorific(words.get(j));
        for (int k = j + 1; k < words.size() && k <= j + TITLE_WORDS; k++) {
            Word w = words.get(k);
            if (Words.isPunct(w) || QuoteWords.isComplementizer(w)) {
                return null;
            }
            m = Mentions.longestAt(w, limit, actors);
            Actor a = m == null ? null : actors.within(m);
            if (a != null && a.type().equals("PERS")) {
                return titled || RoleGrammar.isHonorific(words.get(k - 1)) ? m : null;
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code k} opens a clause rather than going on with the name: no mark, time or channel word,
     * no definite word (a title or adjective in apposition: الأمين العام), no title head, no complementizer (left to
     * the usual rule).
     */
    private static boolean opensClause(List<Word> words, int k) {
        Word w = words.get(k);
        return !Words.isPunct(w) && !Words.isQuoteMark(w) && !QuoteWords.isCut(w) && !QuoteWords.isComplementizer(w)
                && !w.bare().startsWith("ال") && !BLESSINGS.contains(w.norm()) && !RoleGrammar.isHead(w) && !RoleGrammar.isHonorific(w)
                && !Media.isMediumStart(words, k) && !w.bare().startsWith("لل") && !w.bare().startsWith("بال");
    }
}
