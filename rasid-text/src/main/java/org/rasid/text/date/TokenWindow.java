package org.rasid.text.date;

import java.util.List;
import org.rasid.core.model.Token;

/** Read helpers over a token list for the date and time patterns; indexes past the end read as empty. */
final class TokenWindow {
    private static final String CLITICS = "وفبل";
    private final List<Token> tokens;
    /** Each token's norm without its clitic, computed once: the patterns ask for it many times per token. */
    private final String[] bare;

    /** The window last made on this thread: the date and the time finders read the same tokens one after the other. */
    private static final ThreadLocal<TokenWindow> LAST = new ThreadLocal<>();

    /** A window over {@code tokens}, the one made last on this thread when it is over the same list. */
    static TokenWindow of(List<Token> tokens) {
        TokenWindow last = LAST.get();
        if (last != null && last.tokens == tokens) {
            return last;
        }
        var window = new TokenWindow(tokens);
        LAST.set(window);
        return window;
    }

    private TokenWindow(List<Token> tokens) {
        this.tokens = tokens;
        this.bare = new String[tokens.size()];
        for (int i = 0; i < bare.length; i++) {
            Token t = tokens.get(i);
            String n = t.norm();
            boolean clitic = n.length() > 2 && CLITICS.indexOf(n.charAt(0)) >= 0 && t.type() == Token.Type.word;
            bare[i] = !clitic ? n : n.startsWith("لل") ? "ال" + n.substring(2) : n.substring(1);
        }
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
        return i >= 0 && i < bare.length ? bare[i] : "";
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
