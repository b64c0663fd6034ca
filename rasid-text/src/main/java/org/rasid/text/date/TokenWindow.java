package org.rasid.text.date;

import java.util.List;
import org.rasid.core.model.Token;

/** Read helpers over a token list for the date and time patterns; indexes past the end read as empty. */
final class TokenWindow {
    private static final String CLITICS = "وفبل";
    private final List<Token> tokens;

    TokenWindow(List<Token> tokens) {
        this.tokens = tokens;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    /** The norm without one leading conjunction or preposition (وأمس، بيناير، للعام → امس، يناير، العام). */
    String bare(int i) {
        String n = norm(i);
        if (n.length() > 2 && CLITICS.indexOf(n.charAt(0)) >= 0 && get(i).type() == Token.Type.word) {
            return n.startsWith("لل") ? "ال" + n.substring(2) : n.substring(1);
        }
        return n;
    }

    boolean isBare(int i, String word) {
        return norm(i).equals(word) || bare(i).equals(word);
    }

    boolean isNumber(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == Token.Type.number;
    }

    boolean isPunct(int i, String chars) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == Token.Type.punct && chars.contains(norm(i));
    }

    /** The integer value of a plain digit token, or -1. */
    int intValue(int i) {
        if (!isNumber(i)) {
            return -1;
        }
        String n = norm(i);
        if (n.length() > 9) {
            return -1;
        }
        for (int k = 0; k < n.length(); k++) {
            if (n.charAt(k) < '0' || n.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(n);
    }

    /** A four-digit year token's value, or -1. */
    int year(int i) {
        return isNumber(i) && norm(i).length() == 4 ? intValue(i) : -1;
    }

    /** Whether token {@code j} starts exactly where token {@code i} ends (no space between). */
    boolean touching(int i, int j) {
        return j < tokens.size() && tokens.get(i).end() == tokens.get(j).start();
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }
}
