package org.rasid.text.token;

import org.rasid.text.normalize.InvisibleCharsRule;
import org.rasid.text.normalize.TatweelRule;

/** Character classes the tokenizer decides on, by code point. */
final class CharClass {
    static final int ZWNJ = 0x200C;
    static final int ZWJ = 0x200D;

    private CharClass() {
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || (cp <= Character.MAX_VALUE && InvisibleCharsRule.isInvisible((char) cp));
    }

    static boolean isLatinLetter(int cp) {
        // fast paths for ASCII and the Arabic blocks: the script lookup is a binary search
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        if (cp >= 0x0600 && cp <= 0x08FF) {
            return false;
        }
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** A letter of Arabic or any other non-Latin script: the body of a {@code word} token (tatweel is no letter). */
    static boolean isWordLetter(int cp) {
        if (cp >= 0x0621 && cp <= 0x063A || cp >= 0x0641 && cp <= 0x064A) {
            return true; // the basic Arabic letters, hamza to yeh (minus tatweel)
        }
        return Character.isLetter(cp) && !isTatweel(cp) && !isLatinLetter(cp);
    }

    static boolean isDigit(int cp) {
        return Character.isDigit(cp);
    }

    static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    static boolean isTatweel(int cp) {
        return cp == TatweelRule.TATWEEL;
    }

    static boolean isPunct(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Separators that may sit between digit groups of one number: 3.5, 1,000, ٣٫٥, ١٬٠٠٠. */
    static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C;
    }

    static boolean isAsciiAlnum(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
}
