package org.rasid.extract.text;

import java.util.List;
import org.rasid.core.model.Segment;
import org.rasid.core.model.Token;

/**
 * The article whose alef the preposition ل swallowed: in للعراق the entity layer starts the name at the article's ل,
 * so its text is لعراق, but the name is العراق (and the registry knows it by that name). The text layer's segments
 * tell the article (ل+ال+عراق, the ال covering one letter) from a name that starts with ل itself (ل+لبنان).
 */
public final class ElidedArticle {
    private ElidedArticle() {
    }

    /** Whether the text at {@code offset} is the ل of an article written without its alef. */
    public static boolean at(List<Token> tokens, int offset) {
        int i = Words.endingAfter(tokens, offset);
        if (i == tokens.size() || tokens.get(i).start() > offset) {
            return false;
        }
        for (Segment s : tokens.get(i).segments()) {
            if (s.start() == offset && s.kind() == Segment.Kind.prefix && s.form().equals("ال") && s.end() - s.start() == 1) {
                return true;
            }
        }
        return false;
    }

    /** A name written from {@code offset} with its article in full: "ا" before it where the text elides the alef. */
    public static String restored(List<Token> tokens, int offset, String name) {
        return at(tokens, offset) ? "ا" + name : name;
    }
}
