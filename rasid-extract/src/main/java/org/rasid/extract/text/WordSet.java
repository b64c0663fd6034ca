package org.rasid.extract.text;

import java.util.Set;

/** A fixed set of normalized words behind a {@link HashSieve}: most words of a text are answered by the sieve alone. */
public final class WordSet {
    private final Set<String> words;
    private final HashSieve sieve;

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
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

    public void forEach(java.util.function.Consumer<String> action) {
        words.forEach(action);
    }
}
