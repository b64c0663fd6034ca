package org.rasid.extract.actors;

import java.util.HashMap;
import java.util.Map;

/**
 * The aliases looked for in running text, as a trie of normalized words: scanning the text walks it word by word
 * instead of building and hashing a string for every window. Filled while a registry is seeded, read afterwards.
 */
public final class AliasTrie {
    private final Node root = new Node();

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
        for (String word : normalized.split(" ", -1)) {
            node = node.children.computeIfAbsent(word, w -> new Node());
        }
        if (node.actor == null) {
            node.actor = actor;
        }
    }

    /** The node of aliases starting with this word, or null. */
    Node first(String word) {
        return root.next(word);
    }
}
