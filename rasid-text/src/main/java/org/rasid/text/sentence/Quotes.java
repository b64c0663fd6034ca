package org.rasid.text.sentence;

import java.util.ArrayDeque;
import java.util.List;
import org.rasid.core.model.Token;

/**
 * Which tokens of a paragraph lie inside a matched pair of quotes or brackets. Quote marks are paired by
 * family: «» (also written reversed, »«), “” and straight "; brackets () and []. A mark of a family
 * closes the family's open mark, otherwise it opens one; pairs never closed in the paragraph do not count,
 * so one stray quote cannot swallow the rest of a paragraph.
 */
final class Quotes {
    private final int[] depth;
    /** For each token that closes a pair, the index of the token that opened it; -1 elsewhere. */
    private final int[] openerOf;

    private Quotes(int n) {
        depth = new int[n];
        openerOf = new int[n];
        java.util.Arrays.fill(openerOf, -1);
    }

    static Quotes of(List<Token> tokens) {
        var quotes = new Quotes(tokens.size());
        var open = new ArrayDeque<int[]>(); // {token index, family}
        int[] delta = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() != Token.Type.punct || t.text().length() != 1) {
                continue;
            }
            char c = t.text().charAt(0);
            int family = family(c);
            if (family < 0) {
                continue;
            }
            boolean closes = !open.isEmpty() && open.peek()[1] == family && !isBracketOpener(c);
            if (closes) {
                int opener = open.pop()[0];
                delta[opener + 1]++;
                delta[i]--;
                quotes.openerOf[i] = opener;
            } else if (!isBracketCloser(c)) {
                open.push(new int[] {i, family});
            }
        }
        int d = 0;
        for (int i = 0; i < tokens.size(); i++) {
            d += delta[i];
            quotes.depth[i] = d;
        }
        return quotes;
    }

    /** Whether token {@code i} lies strictly inside a matched pair. */
    boolean inside(int i) {
        return depth[i] > 0;
    }

    /** Whether token {@code i} closes a pair whose inside ends right before it. */
    boolean closes(int i) {
        return openerOf[i] >= 0;
    }

    private static int family(char c) {
        return switch (c) {
            case '«', '»' -> 0;
            case '“', '”', '„' -> 1;
            case '"' -> 2;
            case '(', ')' -> 3;
            case '[', ']' -> 4;
            default -> -1;
        };
    }

    private static boolean isBracketOpener(char c) {
        return c == '(' || c == '[';
    }

    private static boolean isBracketCloser(char c) {
        return c == ')' || c == ']';
    }
}
