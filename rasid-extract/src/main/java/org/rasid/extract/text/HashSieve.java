package org.rasid.extract.text;

import java.util.Collection;

/**
 * A set of strings over-approximated by bits of their hash codes: a word whose bit is clear is certainly not in the
 * set. The rules look every word of a text up in lexicons and name lists whose maps are large and scattered in
 * memory, while most words are in none; the bits are few and dense, so the sieve answers most lookups from cache.
 */
public final class HashSieve {
    private final long[] bits;
    private final int shift;

    /** A sieve for about {@code capacity} strings, with a bit table sized to keep false hits near 1 in 16. */
    public HashSieve(int capacity) {
        int log2 = Math.max(10, 32 - Integer.numberOfLeadingZeros(Math.max(1, capacity) * 16 - 1));
        this.bits = new long[(1 << log2) / 64];
        this.shift = 32 - log2;
    }

    public static HashSieve of(Collection<String> words) {
        var sieve = new HashSieve(words.size());
        words.forEach(sieve::add);
        return sieve;
    }

    public void add(String word) {
        int bit = bit(word.hashCode());
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False when the word is certainly not in the set. */
    public boolean mayContain(String word) {
        return mayContainHash(word.hashCode());
    }

    /** {@link #mayContain} for a string with this {@link String#hashCode} (see {@link #hash}). */
    public boolean mayContainHash(int hash) {
        int bit = bit(hash);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    /** The {@link String#hashCode} of {@code prefix + word.substring(from)}, without building that string. */
    public static int hash(String prefix, String word, int from) {
        int hash = 0;
        for (int i = 0; i < prefix.length(); i++) {
            hash = 31 * hash + prefix.charAt(i);
        }
        for (int i = from; i < word.length(); i++) {
            hash = 31 * hash + word.charAt(i);
        }
        return hash;
    }

    private int bit(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
