package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;

/**
 * Who a feminine participle (مشيرة، مؤكدة، معتبرة) goes on with when the speaker found for it is a man or a body
 * named by a masculine noun (مجلس الأمن، البنك الدولي): it agrees with a feminine subject, the one of the nearest
 * feminine verb before it in the sentence (وحملت منظمة التحرير حكومة نتنياهو المسؤولية، معتبرة), else the institution
 * the sentence opens with (وتعكف الوزارة على ...، مشيرة إلى). A feminine verb with a title after it (وكانت وزيرة
 * الخارجية أكدت) tells a woman, whom the participle rightly goes on with.
 */
final class FeminineSubject {
    /** Heads of bodies that take a masculine verb (قال المجلس، أعلن البنك), as name keys. */
    private static final Set<String> MASCULINE_BODIES = Set.of("مجلس", "بنك", "مرصد", "جيش", "حزب", "اتحاد", "مكتب",
            "مركز", "صندوق", "برلمان", "كونغرس", "تحالف", "نادي", "حرس", "جهاز", "تنظيم", "معهد", "مجمع", "ديوان");

    private FeminineSubject() {
    }

    /** Whether the participle is feminine: its key ends in the ta marbuta (مشيره، موكده). */
    static boolean isFeminine(Word participle) {
        return participle.norm().length() > 4 && participle.norm().endsWith("ه");
    }

    /** A past verb in the feminine (وحملت، أصدرت), not a plural noun in -ات (خطابات) or a definite word. */
    private static boolean isFeminineVerb(Word w) {
        return ImplicitSpeaker.isFeminine(w) && !w.bare().endsWith("ات") && !w.bare().startsWith("ال");
    }

    /** Whether a feminine form cannot agree with the speaker: a man, or a body whose head noun is masculine. */
    static boolean disagrees(Speaker speaker, ActorIndex actors) {
        Actor a = speaker == null || speaker.id() == null ? null : actors.byId(speaker.id());
        if (a == null) {
            return false;
        }
        if (a.type().equals("PERS")) {
            return true; // a woman is found again as the subject of a feminine verb (وقالت ترينر ...، مشيرة)
        }
        String head = Arabic.nameKey(a.name()).split(" ")[0];
        return a.type().equals("ORG") && MASCULINE_BODIES.contains(head);
    }

    /**
     * The feminine subject before the participle at {@code p} instead of {@code candidate}; null when the sentence
     * names none.
     */
    static Speaker of(String text, List<Word> words, int p, Speaker candidate, ActorIndex actors, Speakers speakers) {
        for (int k = p - 2; k >= 0; k--) {
            if (isFeminineVerb(words.get(k))) {
                Actor.Mention m = Mentions.longestAt(words.get(k + 1), words.get(p - 1).end(), actors);
                Actor a = m == null ? null : actors.within(m);
                if (a != null) {
                    return speakers.person(a);
                }
                if (RoleGrammar.isHead(words.get(k + 1))) {
                    return null; // وكانت وزيرة خارجية الاتحاد الأوروبي أكدت ...، معتبرة: a woman with her title
                }
                if (QuoteWords.isInstitution(words.get(k + 1))) {
                    return ImplicitSpeaker.leadingInstitution(text, words.subList(k + 1, p), actors);
                }
            }
        }
        Actor found = candidate == null || candidate.id() == null ? null : actors.byId(candidate.id());
        boolean inSentence = found != null && found.mentions().stream()
                .anyMatch(m -> m.start() >= words.get(0).start() && m.end() <= words.get(p).start());
        // a man the sentence itself names may stand for his group (بيان مجموعة محمد المعجل ...، مؤكدة): only one
        // carried over from an earlier sentence gives way to the institution the sentence opens with
        return inSentence ? null : ImplicitSpeaker.leadingInstitution(text, words.subList(0, p), actors);
    }
}
