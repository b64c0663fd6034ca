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

    /**
     * The {@link String#hashCode} of {@code prefix + word.substring(from)}, without building that string, from the
     * word's own hash (which the string caches, and the lookups of several stages share): only the characters of
     * the prefixes are read. With h the hash and n the length of the rest, {@code h(prefix + rest) = h(prefix) *
     * 31^n + h(rest)} and {@code h(word) = h(word[0, from)) * 31^n + h(rest)}, in int arithmetic as String's.
     */
    public static int hash(String prefix, String word, int from) {
        int replaced = 0;
        for (int i = 0; i < from; i++) {
            replaced = 31 * replaced + word.charAt(i);
        }
        int added = 0;
        for (int i = 0; i < prefix.length(); i++) {
            added = 31 * added + prefix.charAt(i);
        }
        return (added - replaced) * pow31(word.length() - from) + word.hashCode();
    }

    private static final int[] POW31 = new int[64];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = 31 * POW31[i - 1];
        }
    }

    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = POW31[POW31.length - 1];
        for (int i = POW31.length - 1; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    private int bit(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
