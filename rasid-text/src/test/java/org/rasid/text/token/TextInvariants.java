package org.rasid.text.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.rasid.core.model.Segment;
import org.rasid.core.model.Token;

/** Invariants every tokenization must keep, and random Arabic-and-mixed text to check them on. */
public final class TextInvariants {
    private static final String[] PIECES = {
        "ا", "ب", "ت", "ل", "م", "ن", "ه", "و", "ي", "ة", "ى", "أ", "إ", "آ", "ء", "ئ", "ؤ", "ـ", "َ", "ُ", "ِ", "ّ", "ْ", "ً",
        "ﻻ", "ﺑ", "ک", "ی", "٠", "١", "٢", "٫", "٬", "۳", "0", "1", "9", ".", ",", "،", "؛", "؟", "!", ":", "-", "/", "%", "٪",
        "«", "»", "\"", "(", ")", "#", "@", "_", "$", "a", "B", "z", " ", " ", " ", "\n", "\u200C", "\u200D", "\u200F", "\u00A0",
        "😀", "https://x.co/a", "www.", "a@b.com", "U.S.", "…", "لـ ", "كثيرًا", "3.5", "1,000"};

    private TextInvariants() {
    }

    public static String randomText(Random random, int pieces) {
        var sb = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /**
     * Tokens are sorted, disjoint, non-empty, carry their exact text, never hold whitespace, and the segments of
     * a word cover it. Plain checks rather than AssertJ chains: this runs over hundreds of thousands of tokens.
     */
    public static void assertValid(String text, List<Token> tokens) {
        int prevEnd = 0;
        for (Token t : tokens) {
            check(t.start() >= prevEnd && t.end() > t.start(), t, "overlaps the previous token or is empty");
            check(text.substring(t.start(), t.end()).equals(t.text()), t, "text differs from the covered text");
            check(t.text().codePoints().noneMatch(Character::isWhitespace), t, "holds whitespace");
            check(!Character.isLowSurrogate(text.charAt(t.start())), t, "starts inside a code point");
            if (t.type() == Token.Type.word) {
                int segEnd = t.start();
                for (Segment s : t.segments()) {
                    check(s.start() == segEnd, t, "segments leave a gap");
                    segEnd = s.end();
                }
                check(!t.segments().isEmpty() && segEnd == t.end(), t, "segments do not cover the word");
            }
            prevEnd = t.end();
        }
    }

    private static void check(boolean ok, Token t, String problem) {
        assertThat(ok).as("token %s %s", t, problem).isTrue();
    }
}
