package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Entity;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Completes one-word person names that the entity layer cut short. A person named by one word, then a comma or a
 * reporting verb, is a speaker or gets an apposition: the word between, or the word before it at the start of a
 * sentence, when it may be part of a name and belongs to no other entity, is the rest of the name
 * (أحمد + بان، الباحث ... → أحمد بان; دانيال + بايمان، الخبير ... → دانيال بايمان).
 */
final class NameExtension {
    private final NameWords words;

    NameExtension(NameWords words) {
        this.words = words;
    }

    List<Entity> apply(String text, List<Entity> entities) {
        var out = new ArrayList<Entity>(entities.size());
        for (Entity e : entities) {
            out.add(e.type().equals("PERS") && e.text().indexOf(' ') < 0 ? extended(text, e, entities) : e);
        }
        return out;
    }

    private Entity extended(String text, Entity e, List<Entity> entities) {
        List<Word> after = Words.in(text, e.end(), text.length());
        if (after.size() >= 2 && after.get(0).start() > e.end() && free(after.get(0), entities)
                && words.mayBeName(after.get(0)) && words.closesName(after.get(1))) {
            return with(text, e, e.start(), after.get(0).end()); // أحمد بان، ...
        }
        List<Word> before = Words.in(text, 0, e.start());
        if (!before.isEmpty() && after.size() >= 1 && words.closesName(after.get(0))) {
            Word w = before.get(before.size() - 1);
            boolean startsSentence = before.size() == 1 || sentenceEnd(text, before.get(before.size() - 2), w);
            if (startsSentence && w.end() < e.start() && free(w, entities) && words.mayBeName(w)) {
                return with(text, e, w.start(), e.end()); // دانيال بايمان، ...
            }
        }
        return e;
    }

    /** Whether {@code previous} ends the sentence before {@code w}: a full stop, question mark, colon or a line break. */
    static boolean sentenceEnd(String text, Word previous, Word w) {
        return ".!?؟:؛".contains(previous.text()) || text.substring(previous.end(), w.start()).indexOf('\n') >= 0;
    }

    static boolean free(Word w, List<Entity> entities) {
        return entities.stream().noneMatch(w::overlaps);
    }

    private static Entity with(String text, Entity e, int start, int end) {
        return new Entity(start, end, e.type(), text.substring(start, end), e.value(), e.actor());
    }
}
