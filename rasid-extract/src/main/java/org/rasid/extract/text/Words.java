package org.rasid.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a range of the text into words and punctuation marks. The rules need every comma, colon and quotation
 * mark as its own item, which the token layer also gives; this keeps the rules independent of how the tokenizer
 * splits clitics.
 */
public final class Words {
    private static final Pattern ITEM = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.,٫][0-9٠-٩]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

    private Words() {
    }

    public static List<Word> in(String text, int from, int to) {
        var out = new ArrayList<Word>();
        var m = ITEM.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group(), Arabic.normalize(m.group())));
        }
        return out;
    }

    public static boolean isPunct(Word w) {
        return !Character.isLetterOrDigit(w.text().charAt(0));
    }

    public static boolean isQuoteMark(Word w) {
        return "«»\"“”".contains(w.text());
    }
}
