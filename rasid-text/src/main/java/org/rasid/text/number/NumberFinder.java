package org.rasid.text.number;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Token;
import org.rasid.text.number.QuantityParser.Parsed;
import org.rasid.text.token.Tokenizer;

/**
 * Finds amounts in tokenized text: each one read by {@link QuantityParser}, widened by a hedge or bound
 * before it ({@link Modifier}: نحو، أكثر من) or تقريبا after it, and typed MONEY when a currency follows
 * (دولار، ريال قطري، $) or precedes ($100), PERCENT when %, ٪, في المئة or بالمائة follows. Thread-safe.
 */
public final class NumberFinder {
    private static final String[] PERCENT_WORDS = {"بالمئه", "بالمائه", "بالميه"};
    private static final String[] PERCENT_NOUNS = {"المئه", "المائه", "الميه"};

    private static final java.util.Set<String> LABEL_WORDS = java.util.Set.of("رقم", "برقم", "الرقم", "ورقم");

    private final Tokenizer tokenizer;

    public NumberFinder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static NumberFinder standard() {
        return new NumberFinder(Tokenizer.standard());
    }

    public List<NumberMention> find(String text) {
        return find(tokenizer.tokenize(text));
    }

    /** The amounts in {@code tokens} (sorted, non-overlapping), in text order. */
    public List<NumberMention> find(List<Token> tokens) {
        var out = new ArrayList<NumberMention>();
        int i = 0;
        while (i < tokens.size()) {
            NumberMention m = isLabel(tokens, i) ? null : at(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            while (i < tokens.size() && tokens.get(i).start() < m.end()) {
                i++;
            }
        }
        return out;
    }

    private NumberMention at(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        boolean candidate = switch (first.type()) {
            case number, symbol -> true;
            // most words have no lexicon entry and start no modifier
            case word -> NumberWords.lookup(first) != null || Modifier.mayStart(first.norm());
            default -> false;
        };
        if (!candidate) {
            return null;
        }
        Modifier modifier = null;
        int amountAt = i;
        for (Modifier m : Modifier.values()) {
            for (List<String> phrase : m.phrases()) {
                if (matches(tokens, i, phrase)) {
                    modifier = m;
                    amountAt = i + phrase.size();
                }
            }
        }
        String signBefore = null;
        if (amountAt < tokens.size() && tokens.get(amountAt).type() == Token.Type.symbol
                && (signBefore = Currencies.sign(tokens.get(amountAt).norm())) != null) {
            amountAt++;
        }
        if (amountAt >= tokens.size()) {
            return null;
        }
        Parsed p = QuantityParser.parse(tokens, amountAt);
        if (p == null) {
            return null;
        }
        Quantity q = p.quantity();
        int end = p.end();
        if (end < tokens.size() && tokens.get(end).norm().equals("تقريبا")) {
            q = q.approximate();
            end++;
        }
        if (modifier != null) {
            q = modifier.apply(q);
        }
        NumberMention.Type type = NumberMention.Type.NUMBER;
        int percentEnd = percent(tokens, end);
        if (percentEnd > end) {
            return new NumberMention(tokens.get(i).start(), tokens.get(percentEnd - 1).end(), NumberMention.Type.PERCENT,
                    q.withUnit("%"));
        }
        if (signBefore != null) {
            return new NumberMention(tokens.get(i).start(), tokens.get(end - 1).end(), NumberMention.Type.MONEY,
                    q.withUnit(signBefore));
        }
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            String code = next.type() == Token.Type.word ? Currencies.word(next.norm())
                    : Currencies.sign(next.norm());
            if (code != null) {
                String unit = code;
                end++;
                String adjective = end < tokens.size() ? Currencies.adjective(tokens.get(end).norm()) : null;
                if (adjective != null) {
                    unit = adjective;
                    end++;
                }
                type = NumberMention.Type.MONEY;
                q = q.withUnit(unit);
            }
        }
        return new NumberMention(tokens.get(i).start(), tokens.get(end - 1).end(), type, q);
    }

    /** Whether the token at {@code i} is the number of a label, not an amount: بيان رقم 40، القرار رقم (2254). */
    private static boolean isLabel(List<Token> tokens, int i) {
        int k = i > 0 && tokens.get(i - 1).norm().equals("(") ? i - 2 : i - 1;
        return k >= 0 && tokens.get(i).type() == Token.Type.number && LABEL_WORDS.contains(tokens.get(k).norm());
    }

    /** Where a percent sign or phrase after {@code end} ends, or {@code end} when there is none. */
    private static int percent(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return end;
        }
        String norm = tokens.get(end).norm();
        if (norm.equals("%") || norm.equals("٪")) {
            return end + 1;
        }
        for (String w : PERCENT_WORDS) {
            if (norm.equals(w)) {
                return end + 1;
            }
        }
        if (norm.equals("في") && end + 1 < tokens.size()) {
            for (String w : PERCENT_NOUNS) {
                if (tokens.get(end + 1).norm().equals(w)) {
                    return end + 2;
                }
            }
        }
        return end;
    }

    /** Whether the tokens at {@code i} read {@code phrase}; the first word may carry a clitic (بنحو، وأكثر). */
    private static boolean matches(List<Token> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String norm = tokens.get(i + k).norm();
            String want = phrase.get(k);
            boolean ok = norm.equals(want)
                    || (k == 0 && norm.length() == want.length() + 1 && "وفبل".indexOf(norm.charAt(0)) >= 0 && norm.endsWith(want));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
