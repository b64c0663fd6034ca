package org.rasid.extract.events;

import java.util.List;
import org.rasid.core.Span;

/**
 * Something that happened (or, flagged, that was denied, planned or feared): its type and CAMEO root code, the
 * words that express it, the actor ids doing it and suffering it, where and when, and its toll.
 */
public record Event(String type, String cameo, Trigger trigger, List<String> actors, List<String> targets, String location,
                    String date, String dateText, Casualties casualties, Sentence sentence, boolean negated,
                    boolean hypothetical) {
    public Event {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
    }

    public record Trigger(int start, int end, String text) implements Span {
    }

    public record Sentence(int start, int end) implements Span {
    }

    /** A count as written: exact (min = max), bounded ("at least 5") or vague ("hundreds": 200-999). */
    public record Range(long min, long max) {
    }

    public record Casualties(Range killed, Range injured) {
    }
}
