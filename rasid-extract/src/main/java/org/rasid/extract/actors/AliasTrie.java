package org.rasid.extract.actors;

import java.util.HashMap;
import java.util.Map;

/**
 * The aliases looked for in running text, as a trie of normalized words: scanning the text walks it word by word
 * instead of building and hashing a string for every window. Filled while a registry is seeded, read afterwards.
 */
public final class AliasTrie {
    private static final int SIEVE_BITS = 17;
    private final Node root = new Node();
    /**
     * The hashes of the words that start an alias, as bits: a text word is looked up in the root's map (a cache miss
     * or more, on a map of thousands of places) only when its bit is set, which few words' are.
     */
    private final long[] firstWords = new long[(1 << SIEVE_BITS) / 64];

    public static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private KnownActor actor;

        /** The node after one more word, or null when no alias goes on with it. */
        public Node next(String word) {
            return children.get(word);
        }

        /** The actor whose alias ends here (the first one added with it), or null. */
        public KnownActor actor() {
            return actor;
        }
    }

    /** Adds an alias written as {@code normalized} (words separated by single spaces); an earlier one keeps it. */
    void add(String normalized, KnownActor actor) {
        Node node = root;
        int first = normalized.indexOf(' ');
        int bit = sieveBit((first < 0 ? normalized : normalized.substring(0, first)).hashCode());
        firstWords[bit >>> 6] |= 1L << bit;
        for (String word : normalized.split(" ", -1)) {
            node = node.children.computeIfAbsent(word, w -> new Node());
        }
        if (node.actor == null) {
            node.actor = actor;
        }
    }

    /** The node of aliases starting with this word, or null. */
    Node first(String word) {
        return mayStart(word.hashCode()) ? root.next(word) : null;
    }

    /** As {@link #first(String)} for {@code article + word.substring(from)}, built only when an alias may start so. */
    Node first(String article, String word, int from) {
        int hash = 0; // String.hashCode of the concatenation
        for (int i = 0; i < article.length(); i++) {
            hash = 31 * hash + article.charAt(i);
        }
        for (int i = from; i < word.length(); i++) {
            hash = 31 * hash + word.charAt(i);
        }
        return mayStart(hash) ? root.next(article + word.substring(from)) : null;
    }

    private boolean mayStart(int hash) {
        int bit = sieveBit(hash);
        return (firstWords[bit >>> 6] & 1L << bit) != 0;
    }

    private static int sieveBit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - SIEVE_BITS);
    }
}
