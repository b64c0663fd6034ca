package org.rasid.extract.text;

import org.rasid.core.Span;

/**
 * A word of the text with its matching key ({@link Arabic#normalize}) and that key without a leading conjunction
 * ({@link #bare}), kept because every rule of every stage asks for it.
 */
public record Word(int start, int end, String text, String norm, String bare) implements Span {
    public Word(int start, int end, String text, String norm) {
        this(start, end, text, norm, bare(norm));
    }

    /** The key without a leading conjunction و or ف (وقال → قال), when what remains is still a word. */
    private static String bare(String norm) {
        return norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
    }

    /** Whether {@link #bare} is another string than {@link #norm}: only then is it worth a second lookup. */
    public boolean stripped() {
        return bare != norm; // bare(norm) returns norm itself when it strips nothing
    }

    public boolean is(String key) {
        return norm.equals(key) || bare.equals(key);
    }
}
