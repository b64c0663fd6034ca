package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.extract.text.Arabic;

/**
 * A source first written as an indefinite title and named later with that same title (كشف عضو في رئاسة الحزب أن ...
 * وقال عضو في رئاسة الحزب، سامي الحداد، إن ...): the earlier acts are the named person's too (docs/annotation.md:
 * the speaker is the fullest name in the article).
 */
final class LaterNames {
    private LaterNames() {
    }

    static List<Quote> apply(List<Quote> quotes) {
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.speaker() != null || q.speakerText() == null || Arabic.normalize(q.speakerText()).startsWith("ال")) {
                continue; // named, or a definite description that may take up someone named before
            }
            var words = Arabic.nameKey(q.speakerText()).split(" ");
            Quote named = laterWithTitle(quotes, i, new HashSet<>(List.of(words)), words[0]);
            if (named != null) {
                out = out == null ? new ArrayList<>(quotes) : out;
                out.set(i, new Quote(q.start(), q.end(), q.content(), q.direct(), named.speaker(), named.speakerText(),
                        named.role(), q.verb(), q.medium()));
            }
        }
        return out == null ? quotes : out;
    }

    /** The first later quote by a speaker named apart from its title, whose title of two words or more the description repeats, head first. */
    private static Quote laterWithTitle(List<Quote> quotes, int i, Set<String> described, String head) {
        for (int k = i + 1; k < quotes.size(); k++) {
            Quote later = quotes.get(k);
            if (later.role() == null || later.speakerText() == null || later.speakerText().equals(later.role())) {
                continue;
            }
            var title = Arabic.nameKey(later.role()).split(" ");
            if (title.length >= 2 && title[0].equals(head) && described.containsAll(List.of(title))) {
                return later;
            }
        }
        return null;
    }
}
