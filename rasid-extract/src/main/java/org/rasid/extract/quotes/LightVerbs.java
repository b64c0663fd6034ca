package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Reporting acts made of a light verb and a speech noun after the speaker: جدد الرئيس التأكيد على أن، أعاد الأمين
 * العام التذكير بأن، ختم الوزير حديثه بأن، اختتم المدرب حديثه بقوله. The verb alone reports nothing (جدد العقد، ختم
 * الحفل), so it counts only with the noun.
 */
final class LightVerbs {
    /** Match keys of the verbs: renewed, repeated, concluded. */
    private static final Set<String> VERBS = Set.of("جدد", "جددت", "اعاد", "اعادت", "ختم", "ختمت", "اختتم", "اختتمت");
    /** Match keys of the speech nouns that make them report (التأكيد، التذكير، الدعوة، حديثه، كلمته، تصريحه). */
    private static final Set<String> SPEECH_NOUNS = Set.of("التاكيد", "تاكيده", "تاكيدها", "التذكير", "الدعوه", "دعوته",
            "دعوتها", "حديثه", "حديثها", "كلمته", "كلمتها", "تصريحه", "تصريحها", "تصريحاته");
    /** How far after the verb the noun may come: past a long title and where it was said. */
    private static final int REACH = 40;
    /** The prepositions the content may start with after the noun (التأكيد على أن، التذكير بأن، دعوته إلى). */
    private static final String PREPOSITIONS = Arabic.normalize("على") + "|ب|" + Arabic.normalize("إلى");

    private LightVerbs() {
    }

    static boolean isVerb(Word w) {
        return VERBS.contains(w.bare());
    }

    /**
     * The speech noun that makes the light verb at {@code v} report, in its sentence before any colon, quotation
     * mark or other reporting word (بين inside a title is the preposition: الحوار بين أتباع الأديان); -1 when there
     * is none.
     */
    static int speechNoun(List<Word> words, int v, ReportingLexicon lexicon) {
        for (int k = v + 1; k < words.size() && k <= v + REACH; k++) {
            Word w = words.get(k);
            if (SPEECH_NOUNS.contains(w.norm())) {
                return k;
            }
            if (w.text().equals(":") || Words.isQuoteMark(w) || lexicon.lookup(w) != null && !w.bare().equals("بين")) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the content starts after the noun at {@code n}: after its preposition or complementizer, or after بقوله. */
    static int contentAfter(List<Word> words, int n, ContentStart contentStart, ReportingLexicon lexicon) {
        var next = n + 1 < words.size() ? lexicon.lookup(words.get(n + 1)) : null;
        if (next != null && next.kind() == Cue.Kind.noun) {
            return contentStart.after(words, n + 2, null); // اختتم حديثه بقوله: "..."
        }
        int content = contentStart.after(words, n + 1, PREPOSITIONS);
        return content == n + 1 || content == n + 2 || content == n + 3 ? content : -1;
    }

    /** The person whose name comes last among the words (the name closes a chain of titles); null when none. */
    static Actor closingPerson(List<Word> words, ActorIndex actors) {
        Actor found = null;
        for (Actor a : actors.allWithin(new Actor.Mention(words.get(0).start(), words.get(words.size() - 1).end()))) {
            if (a.type().equals("PERS")) {
                found = a;
            }
        }
        return found;
    }

    /** The verb as written, without a leading و (وجدد → جدد). */
    static String asWritten(Word w) {
        return w.stripped() ? w.text().substring(1) : w.text();
    }
}
