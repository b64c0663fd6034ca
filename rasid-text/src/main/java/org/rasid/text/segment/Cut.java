package org.rasid.text.segment;

import java.util.List;

/**
 * One way to cut a word spelled without marks: proclitics, the stem {@code [stemStart, stemEnd)} and suffixes.
 * Offsets count letters of the mark-free spelling.
 */
record Cut(List<Affix> prefixes, int stemStart, int stemEnd, List<Affix> suffixes) {
    boolean isWhole() {
        return prefixes.isEmpty() && suffixes.isEmpty();
    }

    /** The cut in Farasa's notation, dictionary forms for proclitics (ل+ال+محتوى), spelling otherwise. */
    String farasa(String letters) {
        var b = new StringBuilder();
        for (Affix p : prefixes) {
            b.append(p.form).append('+');
        }
        b.append(letters, stemStart, stemEnd);
        for (Affix s : suffixes) {
            b.append('+').append(s.surface);
        }
        return b.toString();
    }
}
