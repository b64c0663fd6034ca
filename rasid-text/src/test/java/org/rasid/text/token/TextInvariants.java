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

    /** Tokens are sorted, disjoint, non-empty, carry their exact text, never hold whitespace, segments cover words. */
    public static void assertValid(String text, List<Token> tokens) {
        int prevEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("token %s starts after the previous one ends", t).isGreaterThanOrEqualTo(prevEnd);
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.text().codePoints().anyMatch(Character::isWhitespace)).as("whitespace in %s", t).isFalse();
            assertThat(Character.isLowSurrogate(text.charAt(t.start()))).as("token starts mid code point").isFalse();
            if (t.type() == Token.Type.word) {
                assertThat(t.segments()).isNotEmpty();
                assertThat(t.segments().get(0).start()).isEqualTo(t.start());
                assertThat(t.segments().get(t.segments().size() - 1).end()).isEqualTo(t.end());
                int segEnd = t.start();
                for (Segment s : t.segments()) {
                    assertThat(s.start()).isEqualTo(segEnd);
                    segEnd = s.end();
                }
            }
            prevEnd = t.end();
        }
    }
}
