package org.rasid.extract.quotes;

import java.util.List;
import java.util.Objects;
import org.rasid.core.model.Sentence;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Where a content ends, and the quote it makes: at the closing quotation mark for direct speech, else at the end of
 * the sentence or at the next reporting act in it; trailing punctuation and leading spaces are trimmed.
 */
final class ContentEnd {
    private ContentEnd() {
    }

    /** The quote of the content that opens at {@code first}, up to its closing mark or the end of {@code s}. */
    static Quote from(String text, Word first, Sentence s, Speaker speaker, String verb, String medium) {
        boolean direct = Words.isQuoteMark(first);
        int start = direct ? first.end() : first.start();
        int end = s.end();
        if (direct) {
            int close = closingMark(text, first);
            if (close > start) {
                end = close;
            }
        }
        return quote(text, start, end, direct, speaker, verb, medium);
    }

    /** The quote of {@code [start, end)} trimmed of trailing punctuation and leading spaces; null when nothing is left. */
    static Quote quote(String text, int start, int end, boolean direct, Speaker speaker, String verb, String medium) {
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && !"»”\"".contains(text.substring(end - 1, end))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (end <= start) {
            return null;
        }
        return new Quote(start, end, text.substring(start, end), direct, speaker == null ? null : speaker.id(),
                speaker == null ? null : speaker.text(), speaker == null ? null : speaker.role(), verb, medium);
    }

    /** Where the quotation opened by {@code open} closes, searched to the end of its paragraph. */
    private static int closingMark(String text, Word open) {
        char o = open.text().charAt(0);
        String closers = o == '«' ? "»" : o == '“' ? "”" : "\"";
        int limit = text.indexOf("\n\n", open.end());
        limit = limit < 0 ? text.length() : limit;
        for (int k = open.end(); k < limit; k++) {
            if (closers.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** A content runs to the next reporting act of its sentence, not past it. */
    static void trimAtNextAct(String text, List<Quote> quotes, Sentence s) {
        for (int k = 0; k + 1 < quotes.size(); k++) {
            Quote q = quotes.get(k);
            if (q.direct() || q.end() != s.end() && !s.contains(q)) {
                continue;
            }
            for (int m = k + 1; m < quotes.size(); m++) {
                Quote next = quotes.get(m);
                int cutAt = next.start() > q.start() ? cueBefore(text, q, next) : -1;
                if (cutAt > q.start() && cutAt < q.end()) {
                    quotes.set(k, quote(text, q.start(), cutAt, q.direct(),
                            new Speaker(q.speaker(), q.speakerText(), q.role()), q.verb(), q.medium()));
                    break;
                }
            }
        }
        quotes.removeIf(Objects::isNull);
    }

    /** Where the reporting word of {@code next} starts, searched back from its content. */
    private static int cueBefore(String text, Quote q, Quote next) {
        int at = text.lastIndexOf(next.verb(), next.start());
        return at > q.start() ? Math.max(q.start(), at - 1) : -1;
    }

    /** Whether {@code w} lies inside the direct speech of a quote found before: speech nested in a quote is not counted. */
    static boolean insideDirect(List<Quote> quotes, Word w) {
        for (Quote q : quotes) {
            if (q.direct() && q.start() <= w.start() && w.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
