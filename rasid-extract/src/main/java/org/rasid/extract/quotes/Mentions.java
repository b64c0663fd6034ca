package org.rasid.extract.quotes;

import java.util.List;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.text.Word;

/** Questions the quote rules ask the actor layer about a run of words. */
final class Mentions {
    private Mentions() {
    }

    /** The longest actor mention that starts where {@code w} starts, or null. */
    static Actor.Mention longestAt(Word w, int limit, ActorIndex actors) {
        Actor.Mention best = null;
        for (Actor a : actors.allWithin(new Actor.Mention(w.start(), Math.max(w.end(), limit)))) {
            for (Actor.Mention m : a.mentions()) {
                if (m.start() == w.start() && (best == null || m.end() > best.end())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** Whether the words mention an actor that is not a place. */
    static boolean namesSomeone(List<Word> words, ActorIndex actors) {
        return actors.allWithin(new Actor.Mention(words.get(0).start(), words.get(words.size() - 1).end())).stream()
                .anyMatch(a -> !a.type().equals("LOC"));
    }
}
