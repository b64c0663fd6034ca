package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/**
 * Where a visit or an arrival went (وصل ظريف إلى الكويت، في أثناء زيارة إلى طهران، زار الرئيس القاهرة): a meeting told
 * with no place of its own (واجتمع بأمير الكويت) is held there, as the visitor meets his hosts where he arrived.
 */
final class VisitPlaces {
    /** Verbs and nouns of a visit or an arrival that has taken place (a planned one, يزور، لزيارة، is no place). */
    private static final WordSet CUES = WordSet.of(Set.of("زياره", "زيارته", "زيارتها", "زيارتهم", "زار", "زارت", "زاروا",
            "وصل", "وصلت", "وصلوا", "وصوله", "وصولها", "وصولهم"));
    /** Words that make the visit after them planned or wished for (دعوة لزيارة، زيارة مرتقبة). */
    private static final Set<String> PLANNED = Set.of("دعوه", "سوف", "مرتقبه", "مرتقب", "مقرره", "مزمعه", "محتمله",
            "المرتقبه", "المقرره", "المزمعه", "المحتمله", "يعتزم", "تعتزم", "ينوي", "تنوي");
    /** How many words may stand between the cue and the destination's preposition (وصل وزير الخارجية الإيراني إلى). */
    private static final int REACH = 6;

    private VisitPlaces() {
    }

    /** A visit's destination in the sentence: the place's actor id and the cue's offset, or null. */
    record Destination(String place, int cue) {
    }

    /** Whether a word of visiting is in the words: a cheap test before their actors are read. */
    static boolean told(List<Word> words) {
        for (Word w : words) {
            if (isCue(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCue(Word w) {
        return CUES.contains(w.norm()) || w.stripped() && CUES.contains(w.bare());
    }

    /** The first destination of a visit the words tell, or null; {@code place} says which actors are places. */
    static Destination in(List<Word> words, List<Actor> inSentence, Predicate<Actor> place) {
        for (int i = 0; i < words.size(); i++) {
            if (!isCue(words.get(i)) || planned(words, i)) {
                continue;
            }
            for (Actor a : inSentence) {
                if (!place.test(a)) {
                    continue;
                }
                for (Actor.Mention m : a.mentions()) {
                    if (reached(words, i, m)) {
                        return new Destination(a.id(), words.get(i).start());
                    }
                }
            }
        }
        return null;
    }

    private static boolean planned(List<Word> words, int cue) {
        if (cue + 1 < words.size() && PLANNED.contains(words.get(cue + 1).norm())) {
            return true;
        }
        for (int j = Math.max(0, cue - 2); j < cue; j++) {
            String w = words.get(j).bare();
            if (PLANNED.contains(w) || w.startsWith("سي") && w.length() > 3) { // سيزور، ستصل: still to come
                return true;
            }
        }
        return false;
    }

    /** Whether the mention is what the cue at word {@code cue} went to: right after it, or after its إلى / ل. */
    private static boolean reached(List<Word> words, int cue, Actor.Mention m) {
        int k = Words.endingAfter(words, m.start());
        if (k <= cue || k - cue > REACH + 2) {
            return false;
        }
        for (int j = cue + 1; j < k; j++) {
            if (Words.isClauseBreak(words.get(j))) {
                return false;
            }
        }
        String preposition = PlaceCues.preposition(words, m);
        // زار طهران، زيارة القاهرة: a visit's object is where it went; after وصل it is who arrived
        boolean direct = k == cue + 1 && words.get(k).start() == m.start() && words.get(cue).norm().contains("زا");
        return direct || preposition.equals("الي") || preposition.equals("ل");
    }
}
