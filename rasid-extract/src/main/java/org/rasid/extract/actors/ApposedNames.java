package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasid.core.model.Entity;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.Words;

/**
 * Persons the entity layer missed where news introduces them: at the start of a sentence, two or three words that
 * may be a name, a comma and a definite title (أحمد بان، الباحث في ... / سارة الحسن، المتحدثة باسم ...). News
 * writes an expert or official so the first time it quotes them, and a rare surname is exactly what a tagger trained
 * on a few thousand names misses. One word is not enough (a sentence may start with a bare noun and a comma).
 */
final class ApposedNames {
    private static final int MIN_WORDS = 2, MAX_WORDS = 3;
    private final NameWords words;

    ApposedNames(NameWords words) {
        this.words = words;
    }

    List<Entity> apply(String text, List<Entity> entities) {
        var index = WordIndex.of(text);
        List<Word> all = index.words();
        var added = new ArrayList<Entity>();
        // read from the title heads (a comma before one is rarer than a head is)
        for (int t = words.nextTitleHead(index, MIN_WORDS + 1); t >= 0; t = words.nextTitleHead(index, t + 1)) {
            int i = t - 1;
            Word title = all.get(t);
            if (!Words.isComma(all.get(i)) || !title.norm().startsWith("ال")) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < MAX_WORDS && words.mayBeName(all.get(first - 1))
                    && NameExtension.free(all.get(first - 1), entities)) {
                first--;
            }
            boolean atStart = first == 0 || NameExtension.sentenceEnd(text, all.get(first - 1), all.get(first));
            if (i - first >= MIN_WORDS && atStart) {
                int start = all.get(first).start(), end = all.get(i - 1).end();
                added.add(new Entity(start, end, "PERS", text.substring(start, end), null, null));
            }
        }
        if (added.isEmpty()) {
            return entities;
        }
        added.addAll(entities);
        added.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return added;
    }
}
