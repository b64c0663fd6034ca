package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import org.rasid.extract.text.Word;

/**
 * Trigger words used in a sense that tells no happening: control as a standing state (المدينة الواقعة تحت سيطرة
 * التنظيم، لا تزال تفرض سيطرتها) and the vocabulary of a match report (اللقاء، فرض سيطرته على منتصف الملعب).
 */
final class OtherSenses {
    /** Words that describe where a place stands, not how it changed hands. */
    private static final Set<String> STANDING = Set.of("الواقعه", "الواقع", "الواقعين", "الخاضعه", "الخاضع", "تخضع",
            "يخضع", "تقع", "يقع", "يزال", "تزال", "زال", "زالت", "مازال", "مازالت", "لاتزال", "لايزال");
    private static final int STANDING_REACH = 3;
    /** Words of a match report; two of them in one sentence make it one. */
    private static final Set<String> SPORTS = Set.of("مباراه", "المباراه", "الشوط", "شوط", "الدقيقه", "مرمي", "المرمي",
            "الملعب", "ملعب", "استاد", "الاستاد", "الدوري", "هدفين", "بهدفين", "بهدف", "الكاس", "كاس", "البطوله",
            "المنتخب", "اللاعب", "لاعب", "لاعبي", "مدرب", "المدرب", "حارس", "الحارس", "ركله", "تسلل", "التعادل");
    private static final int SPORTS_WORDS = 2;

    private OtherSenses() {
    }

    /** A takeover word after a word of standing: who holds the place, not a seizure. */
    static boolean standingControl(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("TAKEOVER")) {
            return false;
        }
        for (int k = Math.max(0, m.start() - STANDING_REACH); k < m.start(); k++) {
            if (STANDING.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence of a match report (goals, halves, the pitch): its meetings, attacks and control are play. */
    static boolean sports(List<Word> words) {
        long hits = words.stream().map(Word::bare).filter(SPORTS::contains).distinct().count();
        return hits >= SPORTS_WORDS;
    }
}
