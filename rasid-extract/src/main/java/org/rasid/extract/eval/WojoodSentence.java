package org.rasid.extract.eval;

import java.util.List;

/**
 * One Wojood sentence: its tokens and its gold entities at every nesting level. The text is the tokens joined by
 * single spaces; {@link #start(int)} and {@link #end(int)} give a token's character span in it.
 */
public record WojoodSentence(String source, List<String> tokens, List<Span> entities) {
    /** A gold or system entity over tokens {@code [first, last)}. */
    public record Span(int first, int last, String type) {
        public boolean overlaps(Span o) {
            return first < o.last && o.first < last;
        }
    }

    public WojoodSentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    public String text() {
        return String.join(" ", tokens);
    }

    public int start(int token) {
        int at = 0;
        for (int i = 0; i < token; i++) {
            at += tokens.get(i).length() + 1;
        }
        return at;
    }

    public int end(int token) {
        return start(token) + tokens.get(token).length();
    }

    public String words(Span s) {
        return String.join(" ", tokens.subList(s.first(), s.last()));
    }
}
