package org.rasid.text.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasid.core.model.Segment;
import org.rasid.core.model.Token;
import org.rasid.text.normalize.ArabicNormalizer;
import org.rasid.text.normalize.InvisibleCharsRule;
import org.rasid.text.segment.Segmenter;

/**
 * Splits text into {@link Token}s by a single left-to-right scan over code points. Arabic diacritics and
 * tatweel stay inside their word (so لـ before a name is one token), numbers keep their decimal and
 * thousands separators in any digit script, and URLs, e-mails, hashtags and mentions are single tokens.
 * Whitespace and invisible format characters separate tokens and belong to none. Thread-safe.
 */
public final class Tokenizer {
    private static final String URL_TRAILING_PUNCT = ".,;:!?)]}»\"'،؛؟…”’";
    private static final String[] URL_PREFIXES = {"http://", "https://", "ftp://", "www."};

    private final Segmenter segmenter;

    public Tokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** A tokenizer with Rasid's standard clitic segmenter. */
    public static Tokenizer standard() {
        return new Tokenizer(Segmenter.standard());
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of {@code text.substring(from, to)}, with offsets into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        var tokens = new ArrayList<Token>();
        new Scan(text, to, tokens).run(from);
        return tokens;
    }

    /** One pass over a text; each method consumes one token kind and returns where it ends. */
    private final class Scan {
        private final String text;
        private final int limit;
        private final List<Token> out;

        Scan(String text, int limit, List<Token> out) {
            this.text = text;
            this.limit = limit;
            this.out = out;
        }

        void run(int from) {
            int i = from;
            while (i < limit) {
                int cp = text.codePointAt(i);
                if (CharClass.isSpace(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int end;
                if ((end = url(i)) > i) {
                    emit(i, end, Token.Type.url);
                } else if ((end = email(i)) > i) {
                    emit(i, end, Token.Type.email);
                } else if ((cp == '#' || cp == '@') && (end = tag(i)) > i) {
                    emit(i, end, cp == '#' ? Token.Type.hashtag : Token.Type.mention);
                } else if (CharClass.isDigit(cp)) {
                    emit(i, end = number(i), Token.Type.number);
                } else if (CharClass.isWordLetter(cp)) {
                    emit(i, end = word(i), Token.Type.word);
                } else if (CharClass.isLatinLetter(cp)) {
                    emit(i, end = latin(i), Token.Type.latin);
                } else if (CharClass.isPunct(cp) || CharClass.isTatweel(cp)) {
                    // a tatweel that follows no letter is the dash of datelines: "القاهرة ـ وكالات"
                    emit(i, end = run(i, cp), Token.Type.punct);
                } else {
                    end = i + Character.charCount(cp);
                    while (end < limit && CharClass.isMark(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                    emit(i, end, Token.Type.symbol);
                }
                i = end;
            }
        }

        private int url(int i) {
            boolean prefixed = false;
            for (String p : URL_PREFIXES) {
                prefixed |= text.regionMatches(true, i, p, 0, p.length()) && i + p.length() < limit;
            }
            if (!prefixed) {
                return i;
            }
            int end = i;
            while (end < limit && !CharClass.isSpace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            while (end > i && URL_TRAILING_PUNCT.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            return end;
        }

        private int email(int i) {
            int at = i;
            while (at < limit && (CharClass.isAsciiAlnum(text.charAt(at)) || "._%+-".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            if (at == i || at >= limit || text.charAt(at) != '@' || !CharClass.isAsciiAlnum(text.charAt(i))) {
                return i;
            }
            int end = at + 1;
            int lastDot = -1;
            while (end < limit && (CharClass.isAsciiAlnum(text.charAt(end)) || text.charAt(end) == '-'
                    || (text.charAt(end) == '.' && end + 1 < limit && CharClass.isAsciiAlnum(text.charAt(end + 1))))) {
                if (text.charAt(end) == '.') {
                    lastDot = end;
                }
                end++;
            }
            return lastDot > at + 1 && end - lastDot > 2 ? end : i;
        }

        /** #hashtag or @mention: the sign and the letters, digits, marks and underscores after it. */
        private int tag(int i) {
            int end = i + 1;
            while (end < limit) {
                int cp = text.codePointAt(end);
                boolean body = Character.isLetterOrDigit(cp) || cp == '_' || CharClass.isMark(cp) || CharClass.isTatweel(cp)
                        || (text.charAt(i) == '#' && (cp == CharClass.ZWNJ || cp == CharClass.ZWJ));
                if (!body) {
                    break;
                }
                end += Character.charCount(cp);
            }
            return end > i + 1 ? end : i;
        }

        /** Digit groups joined by separators; a bidi mark after a separator stays inside (7.\u200F0). */
        private int number(int i) {
            int end = digits(i);
            while (end + 1 < limit && CharClass.isNumberSeparator(text.charAt(end))) {
                int next = end + 1;
                while (next < limit && InvisibleCharsRule.isInvisible(text.charAt(next))) {
                    next++;
                }
                if (next >= limit || !CharClass.isDigit(text.codePointAt(next))) {
                    break;
                }
                end = digits(next);
            }
            return end;
        }

        private int digits(int i) {
            while (i < limit && CharClass.isDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            return i;
        }

        /** Letters with their marks and tatweels; a ZWNJ/ZWJ only between two letters. */
        private int word(int i) {
            int end = i;
            while (end < limit) {
                int cp = text.codePointAt(end);
                int n = Character.charCount(cp);
                if (CharClass.isWordLetter(cp) || CharClass.isMark(cp) || CharClass.isTatweel(cp)) {
                    end += n;
                } else if ((cp == CharClass.ZWNJ || cp == CharClass.ZWJ) && end + n < limit
                        && CharClass.isWordLetter(text.codePointAt(end + n))) {
                    end += n;
                } else {
                    break;
                }
            }
            return end;
        }

        /** Latin letters and digits (F16, COVID19), inner apostrophes (don't), and dotted initials (U.S.). */
        private int latin(int i) {
            int pairs = i;
            while (pairs + 1 < limit && text.charAt(pairs + 1) == '.' && CharClass.isLatinLetter(text.charAt(pairs))) {
                pairs += 2;
            }
            if (pairs - i >= 4) {
                return pairs;
            }
            int end = i;
            while (end < limit) {
                int cp = text.codePointAt(end);
                int n = Character.charCount(cp);
                if (CharClass.isLatinLetter(cp) || CharClass.isDigit(cp) || CharClass.isMark(cp)) {
                    end += n;
                } else if ((cp == '\'' || cp == '\u2019') && end + 1 < limit && CharClass.isLatinLetter(text.codePointAt(end + 1))) {
                    end += n;
                } else {
                    break;
                }
            }
            return end;
        }

        /** A run of the same punctuation char: "..", "...", "!!", "؟؟". */
        private int run(int i, int cp) {
            int end = i + Character.charCount(cp);
            while (end < limit && text.codePointAt(end) == cp) {
                end += Character.charCount(cp);
            }
            return end;
        }

        private void emit(int start, int end, Token.Type type) {
            String surface = text.substring(start, end);
            String norm = ArabicNormalizer.SEARCH.normalize(surface);
            if (type != Token.Type.word && type != Token.Type.number) {
                norm = norm.toLowerCase(Locale.ROOT);
            }
            List<Segment> segments = type == Token.Type.word ? segmenter.segment(text, start, end) : List.of();
            out.add(new Token(start, end, surface, norm, type, segments));
        }
    }
}
