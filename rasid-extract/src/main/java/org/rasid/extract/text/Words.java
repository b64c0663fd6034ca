package org.rasid.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range of the text into words and punctuation marks. The rules need every comma, colon and quotation
 * mark as its own item, which the token layer also gives; this keeps the rules independent of how the tokenizer
 * splits clitics.
 */
public final class Words {
    private Words() {
    }

    public static List<Word> in(String text, int from, int to) {
        var out = new ArrayList<Word>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (wordChar(c)) {
                while (i < to && (wordChar(text.charAt(i))
                        || (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == '٫')
                        && Character.isDigit(text.charAt(i - 1)) && i + 1 < to && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
            } else {
                i++;
            }
            String w = text.substring(start, i);
            out.add(new Word(start, i, w, Arabic.normalize(w)));
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    public static boolean isPunct(Word w) {
        return !Character.isLetterOrDigit(w.text().charAt(0));
    }

    public static boolean isQuoteMark(Word w) {
        return "«»\"“”".contains(w.text());
    }
}
