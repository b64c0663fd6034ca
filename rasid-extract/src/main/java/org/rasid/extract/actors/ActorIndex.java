package org.rasid.extract.actors;

import java.util.List;
import org.rasid.core.Span;

/** Finds which actor a span of the text denotes, from the actors layer of one document. */
public final class ActorIndex {
    private final List<Actor> actors;

    public ActorIndex(List<Actor> actors) {
        this.actors = List.copyOf(actors);
    }

    /**
     * The actor a phrase names: a person mentioned inside {@code span} (الأمين العام لأوبك عبدالله البدري names
     * البدري), else an actor whose mention covers nearly all of it (حركة طالبان); null if none.
     */
    public Actor within(Span span) {
        Actor best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Actor a : actors) {
            for (Actor.Mention m : a.mentions()) {
                boolean person = a.type().equals("PERS");
                if (!span.contains(m) || !person && m.length() * 3 < span.length() * 2) {
                    continue;
                }
                int score = (person ? 1_000_000 : 0) + m.end();
                if (score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** Every actor mentioned inside {@code span}, each once, in order of first mention there. */
    public List<Actor> allWithin(Span span) {
        return actors.stream().filter(a -> a.mentions().stream().anyMatch(span::contains))
                .sorted(java.util.Comparator.comparingInt(a -> a.mentions().stream().filter(span::contains)
                        .mapToInt(Actor.Mention::start).min().orElse(0)))
                .toList();
    }

    public Actor byId(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
