package org.rasid.extract.text;

import java.util.Set;

/** A fixed set of normalized words behind a {@link HashSieve}: most words of a text are answered by the sieve alone. */
public final class WordSet {
    private final Set<String> words;
    private final HashSieve sieve;
    private final String[] list;

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        this.list = this.words.toArray(String[]::new);
        this.sieve = HashSieve.of(this.words);
    }

    public static WordSet of(Set<String> words) {
        return new WordSet(words);
    }

    public boolean contains(String word) {
        return sieve.mayContain(word) && words.contains(word);
    }

    public int size() {
        return words.size();
    }

    /** The words, as an array: {@link WordIndex} reads all of a small set for every document. */
    String[] words() {
        return list;
    }
}
