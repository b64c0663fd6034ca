package org.rasid.extract.actors;

import java.util.HashMap;
import java.util.Map;
import org.rasid.extract.text.HashSieve;

/**
 * The aliases looked for in running text, as a trie of normalized words: scanning the text walks it word by word
 * instead of building and hashing a string for every window. Filled while a registry is seeded, read afterwards.
 */
public final class AliasTrie {
    private final Node root = new Node();
    /** The words that start an alias: a text word is looked up in the root's map of thousands only when it may be one. */
    private final HashSieve firstWords = new HashSieve(1 << 13);
    /** The last three letters of the words that start an alias (see {@link #mayStartEndingAs}). */
    private final HashSieve endings = new HashSieve(1 << 13);

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
        String firstWord = first < 0 ? normalized : normalized.substring(0, first);
        firstWords.add(firstWord);
        if (firstWord.length() >= 3) {
            endings.add(firstWord.substring(firstWord.length() - 3));
        }
        for (String word : normalized.split(" ", -1)) {
            node = node.children.computeIfAbsent(word, w -> new Node());
        }
        if (node.actor == null) {
            node.actor = actor;
        }
    }

    /**
     * False when no word of three letters or more that starts an alias ends with the last three letters of
     * {@code word}, which has at least three: their {@link String#hashCode}, computed without a substring.
     */
    boolean mayStartEndingAs(String word) {
        int n = word.length();
        return endings.mayContainHash((31 * word.charAt(n - 3) + word.charAt(n - 2)) * 31 + word.charAt(n - 1));
    }

    /** The node of aliases starting with this word, or null. */
    Node first(String word) {
        return firstWords.mayContain(word) ? root.next(word) : null;
    }

    /** As {@link #first(String)} for {@code article + word.substring(from)}, built only when an alias may start so. */
    Node first(String article, String word, int from) {
        return firstWords.mayContainHash(HashSieve.hash(article, word, from)) ? root.next(article + word.substring(from)) : null;
    }
}
