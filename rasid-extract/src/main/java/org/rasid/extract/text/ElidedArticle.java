package org.rasid.extract.actors;

import java.util.List;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Segment;
import org.rasid.core.model.Token;

/**
 * The name an entity denotes when the preposition ل before it swallowed the alef of its article: in للعراق the
 * entity layer starts the name at the article's ل, so its text is لعراق, but the actor is العراق (and the registry
 * knows it by that name). The text layer's segments tell the article (ل+ال+عراق, the ال covering one letter) from a
 * name that starts with ل itself (ل+لبنان).
 */
final class ElidedArticle {
    private ElidedArticle() {
    }

    /** The entity's name: its text with the article written in full where the text elides its alef. */
    static String name(Entity e, List<Token> tokens) {
        Token token = tokenAt(tokens, e.start());
        if (token != null) {
            for (Segment s : token.segments()) {
                if (s.start() == e.start() && s.kind() == Segment.Kind.prefix && s.form().equals("ال") && s.end() - s.start() == 1) {
                    return "ا" + e.text();
                }
            }
        }
        return e.text();
    }

    /** The token containing {@code offset}, by binary search over the tokens in text order, or null. */
    private static Token tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return t;
            }
        }
        return null;
    }
}
