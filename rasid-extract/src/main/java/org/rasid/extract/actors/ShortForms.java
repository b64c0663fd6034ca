package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.rasid.core.Span;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.Words;

/**
 * The head of a two-word group name standing alone later in the same document (المقاومة الشعبية ... والمقاومة
 * سيطرت): it names that group when it is the only group of the document with that head, and no other qualifier
 * follows it (المقاومة الفلسطينية is another group).
 */
final class ShortForms {
    private static final List<String> CLITICS = List.of("وبال", "وال", "بال", "فال", "ال");

    record Group(String id, List<? extends Span> mentions) {
    }

    record Found(String id, ActorResolver.Mention mention) {
    }

    List<Found> find(String text, List<Group> groups, List<? extends Span> taken) {
        var idByHead = new HashMap<String, String>();
        var firstEnd = new HashMap<String, Integer>();
        var ambiguous = new HashSet<String>();
        for (Group g : groups) {
            for (Span m : g.mentions()) {
                var words = Words.of(text.substring(m.start(), m.end()));
                if (words.size() != 2 || !words.get(0).norm().startsWith("ال") || !words.get(1).norm().startsWith("ال")) {
                    continue;
                }
                String head = words.get(0).norm();
                String other = idByHead.putIfAbsent(head, g.id());
                if (other != null && !other.equals(g.id())) {
                    ambiguous.add(head); // two groups share the head: the short form names neither
                }
                firstEnd.merge(head, m.end(), Math::min);
            }
        }
        ambiguous.forEach(idByHead::remove);
        var found = new ArrayList<Found>();
        if (idByHead.isEmpty()) {
            return found;
        }
        // the heads as words may write them: only words of these forms are read
        var written = new HashSet<String>();
        for (String head : idByHead.keySet()) {
            for (String c : CLITICS) {
                written.add(c.substring(0, c.length() - 2) + head);
            }
        }
        var index = WordIndex.of(text);
        var words = index.words();
        for (int i : index.positionsOf(written, false)) {
            Word w = words.get(i);
            int clitics = clitics(w.norm());
            if (clitics < 0) {
                continue;
            }
            String head = w.norm().substring(clitics);
            String id = idByHead.get(head);
            if (id == null || w.start() < firstEnd.get(head) || i + 1 < words.size() && qualifier(words.get(i + 1))
                    || taken.stream().anyMatch(t -> t.start() < w.end() && w.start() < t.end())) {
                continue;
            }
            int start = w.start() + clitics;
            found.add(new Found(id, new ActorResolver.Mention(start, w.end(), text.substring(start, w.end()), "ORG")));
        }
        return found;
    }

    /** How many clitic letters precede the article (والمقاومه → 1, بالمقاومه → 1), or -1 without an article. */
    private static int clitics(String norm) {
        for (String c : CLITICS) {
            if (norm.startsWith(c) && norm.length() > c.length() + 2) {
                return c.length() - 2;
            }
        }
        return -1;
    }

    /** A definite word right after the head qualifies it into another name. */
    private static boolean qualifier(Word next) {
        return !Words.isPunct(next) && next.norm().startsWith("ال");
    }
}
