package org.rasid.text.normalize;

/**
 * Removes invisible format characters: zero-width space/non-joiner/joiner, bidi marks and embeddings, the
 * Arabic letter mark, soft hyphen and BOM. They split or join glyphs on screen but never change a word.
 */
public final class InvisibleCharsRule implements NormalizationRule {
    public static final char SOFT_HYPHEN = '\u00AD';
    public static final char ARABIC_LETTER_MARK = '\u061C';
    public static final char ZERO_WIDTH_SPACE = '\u200B';
    public static final char RIGHT_TO_LEFT_MARK = '\u200F';
    public static final char BIDI_EMBEDDING_FIRST = '\u202A';
    public static final char BIDI_EMBEDDING_LAST = '\u202E';
    public static final char WORD_JOINER = '\u2060';
    public static final char BIDI_ISOLATE_LAST = '\u2069';
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Whether {@code c} is one of the invisible characters this rule removes (the tokenizer skips them too). */
    public static boolean isInvisible(char c) {
        return c == SOFT_HYPHEN || c == ARABIC_LETTER_MARK || c == BYTE_ORDER_MARK
                || (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
                || (c >= BIDI_EMBEDDING_FIRST && c <= BIDI_EMBEDDING_LAST)
                || (c >= WORD_JOINER && c <= BIDI_ISOLATE_LAST);
    }

    @Override
    public String apply(char c) {
        return isInvisible(c) ? "" : null;
    }
}
